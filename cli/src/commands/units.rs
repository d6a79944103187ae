//! `chitieu units`: the administrative units in force on a date (the register of the 2025 reform),
//! searched by name whatever the diacritics.

use chitieu::calc::succession::Lineage;
use chitieu::label::{text as word, Labelled, Lang};
use chitieu::report::text::table;
use unicode_normalization::UnicodeNormalization;

use crate::args::{TableFormat, UnitsArgs};
use crate::failure::Failure;
use crate::{input, output};

pub fn run(a: &UnitsArgs) -> Result<(), Failure> {
    let lang: Lang = a.lang.into();
    let on = input::date("--date", a.date.as_deref())?;
    let register = chitieu::bundled::register().map_err(|e| input::core(&e))?;
    let lineage = Lineage::new(register);
    let key = a.search.as_deref().map(folded);
    let units: Vec<_> = lineage
        .units_on(on, None)
        .into_iter()
        .filter(|u| key.as_ref().is_none_or(|k| folded(&u.name).contains(k.as_str())))
        .collect();
    let out = a.out.as_deref();
    match a.format {
        TableFormat::Json => {
            let json = serde_json::to_string_pretty(&units)
                .map_err(|e| Failure::unreadable("json_write", None, None, e.to_string()))?;
            output::write(out, format!("{json}\n").as_bytes())
        }
        TableFormat::Csv => {
            let mut text = String::from("code,name,level,parent\n");
            for u in &units {
                text += &format!(
                    "{},\"{}\",{},{}\n",
                    u.code,
                    u.name.replace('"', "\"\""),
                    u.level().as_str(),
                    u.parent.as_deref().unwrap_or("")
                );
            }
            output::write(out, text.as_bytes())
        }
        TableFormat::Table => {
            let header = vec![
                "code".to_owned(),
                word("unit", lang).to_owned(),
                word("tier", lang).to_owned(),
                "parent".to_owned(),
            ];
            let rows: Vec<Vec<String>> = units
                .iter()
                .map(|u| {
                    vec![
                        u.code.clone(),
                        u.name.clone(),
                        u.level().label(lang).to_owned(),
                        u.parent.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            output::write(out, format!("{}{} units\n", table(&header, &rows), units.len()).as_bytes())
        }
    }
}

/// A name for searching: lower case, without diacritics (`Vĩnh Long` and `vinh long` match), spaces
/// collapsed.
fn folded(name: &str) -> String {
    let plain: String = name
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .collect::<String>()
        .to_lowercase();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_searched_without_diacritics() {
        assert_eq!(super::folded("Vĩnh  Long"), "vinh long");
        assert_eq!(super::folded("Đắk Lắk"), "dak lak");
        assert!(super::folded("Thành phố Hồ Chí Minh").contains(&super::folded("ho chi minh")));
    }
}
