//! `chitieu`: a plan's scorecard, milestones, validation and draft on a person's own files, in
//! Vietnamese (the default) or English. See `chitieu --help`.
//!
//! Exit status: 0 when all went well, 1 when the input has problems (every one is on stderr with its
//! path), 2 for a usage error or an input that cannot be read. Nothing is written to `--out` on failure.

mod args;
mod commands;
mod failure;
mod input;
mod output;
mod progress;
mod workbook;

use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};
use crate::failure::Failure;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let lang = cli.lang();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            failure.print(lang);
            ExitCode::from(failure.exit)
        }
    }
}

fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Scorecard(a) => commands::scorecard::run(&a),
        Command::Milestones(a) => commands::milestones::run(&a),
        Command::Show(a) => commands::show::run(&a),
        Command::Validate(a) => commands::validate::run(&a),
        Command::Draft(a) => commands::draft::run(&a),
        Command::Units(a) => commands::units::run(&a),
        Command::Schema(a) => commands::schema::run(&a),
    }
}
