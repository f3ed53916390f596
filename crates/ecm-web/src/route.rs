//! The pages of the site: their keys in links, titles and one-line purposes.
//!
//! A page is chosen by the `page` query parameter (`?page=fracture`), so links
//! work from any folder, sub-path or `file://` without server rewrites.

/// A page of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// The list of calculators.
    Home,
    /// Overpotential ↔ stress under confinement.
    Stress,
    /// Electrolyte fracture at a flaw and the failure map.
    Fracture,
    /// Sphere (nanoparticle) compression.
    Sphere,
    /// Rod / pillar test: single point and measured series.
    Rod,
    /// Measured test data: instrument exports, corrections, batch.
    Data,
    /// Creep, stress relaxation and the deformation-mechanism map.
    Creep,
    /// The materials library.
    Materials,
    /// The paper's data and worked numbers.
    Paper,
}

impl Route {
    /// Every page, in menu order.
    pub const ALL: [Route; 9] = [
        Route::Home,
        Route::Stress,
        Route::Fracture,
        Route::Sphere,
        Route::Rod,
        Route::Data,
        Route::Creep,
        Route::Materials,
        Route::Paper,
    ];

    /// The value of `page` in links ("" for home).
    pub fn key(self) -> &'static str {
        match self {
            Route::Home => "",
            Route::Stress => "stress",
            Route::Fracture => "fracture",
            Route::Sphere => "sphere",
            Route::Rod => "rod",
            Route::Data => "data",
            Route::Creep => "creep",
            Route::Materials => "materials",
            Route::Paper => "paper",
        }
    }

    /// Short title, for the menu and the document title.
    pub fn title(self) -> &'static str {
        match self {
            Route::Home => "Home",
            Route::Stress => "Overpotential ↔ stress",
            Route::Fracture => "Electrolyte fracture",
            Route::Sphere => "Sphere compression",
            Route::Rod => "Rod / pillar test",
            Route::Data => "Test data",
            Route::Creep => "Creep",
            Route::Materials => "Materials",
            Route::Paper => "The paper",
        }
    }

    /// What the page is for, in one line.
    pub fn purpose(self) -> &'static str {
        match self {
            Route::Home => "All calculators.",
            Route::Stress => "The stress an overpotential can build in a confined Li, Na or K deposit, and the overpotential a stress needs.",
            Route::Fracture => "When a flaw in a solid electrolyte cracks: fracture stress, critical overpotential, critical flaw size and the failure map.",
            Route::Sphere => "Stress in a nanoparticle squeezed between two plates: Hertz (elastic) and the plastic contact-area models.",
            Route::Rod => "Force, stress, strain and modulus from AFM rod and pillar tests, for one point or a pasted data series.",
            Route::Data => "Instrument exports (TriboScan, JPK, FemtoTools, AFM Workshop, NT-MDT, Nanoscope) to moduli, yield and strength, corrected, one test or a batch.",
            Route::Creep => "How fast Li, Na and K creep (power law, Nabarro–Herring, Coble), the stress for a strain rate, the relaxation of a confined deposit and the deformation-mechanism map.",
            Route::Materials => "Metals and solid electrolytes with values, ranges and sources, ready to use in the calculators.",
            Route::Paper => "Table 1 of the paper and its worked numbers, recomputed and checked.",
        }
    }

    /// The page for a `page` value; unknown values are `None`.
    pub fn from_key(key: &str) -> Option<Route> {
        Route::ALL.into_iter().find(|r| r.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_are_unique() {
        for r in Route::ALL {
            assert_eq!(Route::from_key(r.key()), Some(r));
        }
        assert_eq!(Route::from_key("<script>"), None);
    }

    /// The home page is plain HTML in www/index.html (it loads no module);
    /// its menu and list must say what this table says.
    #[test]
    fn the_plain_html_home_lists_every_page_as_the_table_does() {
        let html = include_str!("../../../www/index.html");
        for r in Route::ALL {
            let (href, id) = match r {
                Route::Home => ("?".to_string(), "home".to_string()),
                _ => (format!("?page={}", r.key()), r.key().to_string()),
            };
            let nav = format!("<a href=\"{href}\" data-testid=\"nav-{id}\"");
            assert!(
                html.contains(&nav),
                "www/index.html lacks the menu link {nav}"
            );
            assert!(
                html.contains(&format!(">{}</a></li>", r.title())),
                "menu title of {r:?}"
            );
            if r != Route::Home {
                let card = format!(
                    "<li class=\"card\"><a href=\"{href}\" data-testid=\"home-{id}\">{}</a><p>{}</p></li>",
                    r.title(),
                    r.purpose()
                );
                assert!(
                    html.contains(&card),
                    "www/index.html lacks the card\n{card}"
                );
            }
        }
    }
}
