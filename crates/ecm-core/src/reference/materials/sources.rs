//! The sources of the material values: each citation as a literal (the
//! `source!` macro), so that combined sources are joined at compile time
//! (`concat!`) rather than formatted in the page's code, and the ones the
//! page names on their own as constants.

/// Each source's citation as a literal, so that combined sources are joined
/// at compile time (`concat!`) rather than formatted in the page's code.
macro_rules! source {
    (PAPER) => {
        "ACS Energy Lett. 2020, 5, 2546 (doi 10.1021/acsenergylett.0c01214)"
    };
    (CRC) => {
        "CRC Handbook of Chemistry and Physics"
    };
    (MASIAS_2019) => {
        "Masias et al., J. Mater. Sci. 54, 2585 (2019), doi 10.1007/s10853-018-2971-3"
    };
    (HERBERT_2018) => {
        "Herbert et al., J. Mater. Res. 33 (2018), doi 10.1557/jmr.2018.83"
    };
    (LEPAGE_2019) => {
        "LePage et al., J. Electrochem. Soc. 166, A89 (2019), doi 10.1149/2.0221902jes"
    };
    (WANG_2020) => {
        "Wang, Chang, Wolfenstine, Sakamoto, Materialia 12, 100792 (2020), doi 10.1016/j.mtla.2020.100792"
    };
    (FINCHER_2020) => {
        "Fincher et al., ACS Appl. Energy Mater. 3, 1759 (2020)"
    };
    (SARGENT_ASHBY_1984) => {
        "Sargent & Ashby, Scr. Metall. 18, 145 (1984), doi 10.1016/0036-9748(84)90494-0"
    };
    (NACHTRIEB_1952) => {
        "Nachtrieb et al., J. Chem. Phys. (1952), doi 10.1063/1.1700709"
    };
    (LODDING_1970) => {
        "Lodding et al., phys. stat. sol. (b) 38 (1970), doi 10.1002/pssb.19700380206"
    };
    (ROY_2021) => {
        "Roy, Fleck, Deshpande, Extreme Mech. Lett. (2021), doi 10.1016/j.eml.2021.101307"
    };
    (FROST_ASHBY_1982) => {
        "Frost & Ashby, Deformation-Mechanism Maps (Pergamon, 1982), ch. 2"
    };
    (NI_2012) => {
        "Ni et al., J. Mater. Sci. 47, 7978 (2012)"
    };
    (HU_LLZTO) => {
        "Hu et al., Chin. Phys. Lett. (LLZTO)"
    };
    (WOLFENSTINE_2013) => {
        "Wolfenstine et al., Mater. Lett. (2013)"
    };
    (CRYSTALS_2025) => {
        "Crystals 15, 707 (2025), doi 10.3390/cryst15080707"
    };
    (JACKMAN_CUTLER) => {
        "Jackman & Cutler, J. Power Sources 218, 65 (2012)"
    };
    (SAKUDA_2013) => {
        "Sakuda et al., Sci. Rep. 3, 2261 (2013), doi 10.1038/srep02261"
    };
    (MCGROGAN_2017) => {
        "McGrogan et al., Adv. Energy Mater. 7, 1602011 (2017), doi 10.1002/aenm.201602011"
    };
    (HERBERT_2011) => {
        "Herbert et al., Thin Solid Films 520, 413 (2011), doi 10.1016/j.tsf.2011.07.068"
    };
    (WOLFENSTINE_2022) => {
        "Wolfenstine, Go, Kim, Sakamoto, Ionics (2022), doi 10.1007/s11581-022-04820-z (review)"
    };
    (NONEMACHER_2019) => {
        "Nonemacher et al., Ceram. Int. 45, 21308 (2019), doi 10.1016/j.ceramint.2019.07.114"
    };
}

/// The paper the calculators are built on.
pub const PAPER: &str = source!(PAPER);
/// CRC Handbook of Chemistry and Physics (molar masses, densities, melting
/// points, lattice parameters).
pub const CRC: &str = source!(CRC);
/// Lithium's elastic, plastic and creep properties, reviewed.
pub const MASIAS_2019: &str = source!(MASIAS_2019);
/// Lithium nanoindentation: elastic modulus and yield.
pub const HERBERT_2018: &str = source!(HERBERT_2018);
/// Lithium creep in tension and compression.
pub const LEPAGE_2019: &str = source!(LEPAGE_2019);
/// Sodium's elastic constants (acoustic), yield and power-law creep.
pub const WANG_2020: &str = source!(WANG_2020);
/// Sodium's elastic and plastic characteristics (the paper's ref. 21; DOI not yet confirmed).
pub const FINCHER_2020: &str = source!(FINCHER_2020);
/// Shear moduli and creep exponents of the alkali metals.
pub const SARGENT_ASHBY_1984: &str = source!(SARGENT_ASHBY_1984);
/// Self-diffusion in sodium.
pub const NACHTRIEB_1952: &str = source!(NACHTRIEB_1952);
/// Self-diffusion in lithium.
pub const LODDING_1970: &str = source!(LODDING_1970);
/// Lithium's lattice diffusivity at room temperature, as used in a creep model.
pub const ROY_2021: &str = source!(ROY_2021);
/// Diffusional creep and the estimates of boundary diffusion.
pub const FROST_ASHBY_1982: &str = source!(FROST_ASHBY_1982);
