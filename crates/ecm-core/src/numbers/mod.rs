//! Numbers as text: reading what people type and files hold, writing what the page shows and files get; and the small numerics the page needs without the general library's size (the tangent of an angle in degrees).

mod big_integer;
pub mod decimal_parser;
pub mod decimal_writer;
pub mod number_format;
pub mod number_parser;
pub mod tangent;
