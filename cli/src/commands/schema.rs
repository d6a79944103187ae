//! `chitieu schema plan|observations`: the JSON Schema the files must follow.

use crate::args::{SchemaArgs, SchemaKind};
use crate::failure::Failure;
use crate::output;

pub fn run(a: &SchemaArgs) -> Result<(), Failure> {
    let schema = match a.kind {
        SchemaKind::Plan => chitieu::io::schema::plan_schema(),
        SchemaKind::Observations => chitieu::io::schema::observations_schema(),
    };
    output::write(a.out.as_deref(), format!("{schema}\n").as_bytes())
}
