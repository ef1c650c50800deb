//! The binary end to end: each tests/cmd/*.toml runs `bpa` and compares
//! stdout, stderr and the exit code with the files beside it.
//! Update after a reviewed change with `TRYCMD=overwrite cargo test --test cli`.

#[test]
fn cli() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
