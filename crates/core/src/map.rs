//! Maps with a few dozen keys, kept as one sorted Vec (`LiteMap`): the same
//! order as a BTreeMap and far less code in every page (#13).

use litemap::LiteMap;
use serde::{Serialize, Serializer};

/// Writes the map as a JSON object, as a BTreeMap would; for
/// `#[serde(serialize_with = "…")]`. LiteMap itself writes an empty map as
/// `[]`, which earlier releases (and a BTreeMap reader) cannot read.
pub fn as_object<K: Serialize, V: Serialize, S: Serializer>(
    map: &LiteMap<K, V>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(map.iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Holder {
        #[serde(serialize_with = "as_object")]
        map: LiteMap<String, u8>,
    }

    #[test]
    fn an_empty_or_full_map_is_an_object_in_key_order() {
        let mut h = Holder {
            map: LiteMap::new(),
        };
        assert_eq!(serde_json::to_string(&h).unwrap(), r#"{"map":{}}"#);
        h.map.insert("b".into(), 2);
        h.map.insert("a".into(), 1);
        assert_eq!(
            serde_json::to_string(&h).unwrap(),
            r#"{"map":{"a":1,"b":2}}"#
        );
    }
}
