use super::*;

#[test]
fn dump() {
    for (k, n) in [
        (Kind::Case, "case"),
        (Kind::Rates, "rates"),
        (Kind::Used, "used"),
    ] {
        let (raw, _) = described(k, Lang::En);
        std::fs::write(
            format!("/tmp/raw-{n}.json"),
            serde_json::to_string_pretty(&raw).unwrap(),
        )
        .unwrap();
        std::fs::write(
            format!("/tmp/{n}.json"),
            serde_json::to_string_pretty(&schema(k, Lang::En)).unwrap(),
        )
        .unwrap();
    }
}
