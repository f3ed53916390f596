//! Numbers as text: reading what people type and files hold, writing what the page shows and files get.

mod big_integer;
pub mod decimal_parser;
pub mod decimal_writer;
pub mod number_format;
pub mod number_parser;
