//! placeholder
fn main() {
    for arg in std::env::args().skip(1) {
        let doc = newsmark::annotate(&arg, &newsmark::Options::default());
        for s in doc.spans {
            println!("{:?} {} {:?} {:?} {:?} {:?}", s.text, s.label, s.value, s.value_max, s.unit, s.approx);
        }
    }
}
