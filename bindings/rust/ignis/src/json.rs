//! A tiny JSON writer for the options the C API takes as JSON text (module constructor
//! arguments, optimizer and scheduler options, data loader settings). Writing only: the C API
//! parses, so this crate needs no JSON dependency.
use std::fmt::Write;

/// A JSON value: what an option can hold.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<Value>),
    Object(Options),
}

/// A JSON object of named options, in insertion order; setting a name again replaces its value.
/// `Options::new().set("in_features", 4).set("bias", false)` is `{"in_features": 4, "bias":
/// false}`, PyTorch's constructor argument names.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    entries: Vec<(String, Value)>,
}

impl Options {
    /// No options: every one takes its default.
    pub fn new() -> Options {
        Options::default()
    }

    /// These options with `name` set to `value` (replacing an earlier value of that name).
    pub fn set(mut self, name: &str, value: impl Into<Value>) -> Options {
        self.insert(name, value);
        self
    }

    /// Sets `name` to `value` in place (replacing an earlier value of that name).
    pub fn insert(&mut self, name: &str, value: impl Into<Value>) {
        let value = value.into();
        match self.entries.iter_mut().find(|(k, _)| k == name) {
            Some(entry) => entry.1 = value,
            None => self.entries.push((name.to_string(), value)),
        }
    }

    /// The value set for `name`, if any.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.entries.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// The JSON text: `{"in_features": 4, "bias": false}`.
    pub fn to_json(&self) -> String {
        let mut s = String::new();
        write_object(&mut s, self);
        s
    }
}

impl Value {
    /// The JSON text of this value.
    pub fn to_json(&self) -> String {
        let mut s = String::new();
        write_value(&mut s, self);
        s
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write_object(out: &mut String, o: &Options) {
    out.push('{');
    for (i, (k, v)) in o.entries.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_string(out, k);
        out.push_str(": ");
        write_value(out, v);
    }
    out.push('}');
}

fn write_value(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        // JSON has no NaN or infinity; write them as the strings Python's json module would
        // reject too, so the C parser names the option instead of reading garbage.
        Value::Float(f) if !f.is_finite() => write_string(out, &f.to_string()),
        // `{:?}` keeps a decimal point (1.0, not 1) so the value stays a float, and prints the
        // shortest text that reads back to the same double.
        Value::Float(f) => {
            let _ = write!(out, "{f:?}");
        }
        Value::Str(s) => write_string(out, s),
        Value::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(o) => write_object(out, o),
    }
}

impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Bool(v)
    }
}

macro_rules! int_value {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(v: $t) -> Value {
                Value::Int(v as i64)
            }
        }
    )*};
}
int_value!(i32, i64, u32, usize);

impl From<f64> for Value {
    fn from(v: f64) -> Value {
        Value::Float(v)
    }
}

impl From<f32> for Value {
    fn from(v: f32) -> Value {
        Value::Float(f64::from(v))
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Str(v.to_string())
    }
}

impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Str(v)
    }
}

impl From<Options> for Value {
    fn from(v: Options) -> Value {
        Value::Object(v)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    /// `None` is JSON `null` (PyTorch's `None`).
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(v: Vec<T>) -> Value {
        Value::List(v.into_iter().map(Into::into).collect())
    }
}

impl<T: Into<Value> + Clone> From<&[T]> for Value {
    fn from(v: &[T]) -> Value {
        Value::List(v.iter().cloned().map(Into::into).collect())
    }
}

impl<T: Into<Value>, const N: usize> From<[T; N]> for Value {
    fn from(v: [T; N]) -> Value {
        Value::List(v.into_iter().map(Into::into).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_json() {
        let o = Options::new()
            .set("in_features", 4)
            .set("bias", false)
            .set("lr", 0.1)
            .set("one", 1.0)
            .set("betas", [0.9, 0.999])
            .set("name", "a\"b\\c\n")
            .set("none", None::<i64>)
            .set("in_features", 5);
        assert_eq!(
            o.to_json(),
            r#"{"in_features": 5, "bias": false, "lr": 0.1, "one": 1.0, "betas": [0.9, 0.999], "name": "a\"b\\c\n", "none": null}"#
        );
        assert_eq!(Options::new().to_json(), "{}");
        let nested = Value::from(vec![Options::new().set("type", "to_float")]);
        assert_eq!(nested.to_json(), r#"[{"type": "to_float"}]"#);
    }
}
