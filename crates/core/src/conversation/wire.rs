//! The compact binary layout shared by the invitation and the encrypted
//! envelope: big-endian integers, fixed-size byte fields, and UTF-8 text
//! with a length prefix. Reading never panics and never reads past the end.

/// Why bytes could not be read as the layout expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WireError {
    /// The bytes end before the field does.
    Truncated,
    /// Text that is not UTF-8.
    NotText,
}

#[derive(Default)]
pub(crate) struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, v: u8) -> &mut Self {
        self.bytes.push(v);
        self
    }
    pub fn u16(&mut self, v: u16) -> &mut Self {
        self.bytes.extend_from_slice(&v.to_be_bytes());
        self
    }
    pub fn u32(&mut self, v: u32) -> &mut Self {
        self.bytes.extend_from_slice(&v.to_be_bytes());
        self
    }
    pub fn raw(&mut self, v: &[u8]) -> &mut Self {
        self.bytes.extend_from_slice(v);
        self
    }
    /// Text of at most 255 bytes (callers check their own, smaller limits).
    pub fn text(&mut self, v: &str) -> &mut Self {
        debug_assert!(v.len() <= u8::MAX as usize);
        self.u8(v.len() as u8).raw(v.as_bytes())
    }
}

pub(crate) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }
    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }
    pub fn raw(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        if self.rest.len() < n {
            return Err(WireError::Truncated);
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }
    pub fn array<const N: usize>(&mut self) -> Result<[u8; N], WireError> {
        Ok(copied(self.raw(N)?))
    }
    pub fn u8(&mut self) -> Result<u8, WireError> {
        Ok(self.array::<1>()?[0])
    }
    pub fn u16(&mut self) -> Result<u16, WireError> {
        Ok(u16::from_be_bytes(self.array()?))
    }
    pub fn u32(&mut self) -> Result<u32, WireError> {
        Ok(u32::from_be_bytes(self.array()?))
    }
    pub fn text(&mut self) -> Result<String, WireError> {
        let n = self.u8()? as usize;
        let bytes = self.raw(n)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| WireError::NotText)
    }
}

/// `bytes` as an array of exactly their length; panics if the caller did not
/// check it. Copied, not `try_into().expect(…)`: that would carry `Debug` of
/// the bytes and the error into every page that reads a key or an envelope.
pub(crate) fn copied<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut out = [0; N];
    out.copy_from_slice(bytes);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_read_back_in_order_and_a_short_read_is_truncated() {
        let mut w = Writer::default();
        w.u8(7).u16(0x0102).u32(600_000).text("Õie").raw(&[9, 9]);
        let mut r = Reader::new(&w.bytes);
        assert_eq!(r.u8(), Ok(7));
        assert_eq!(r.u16(), Ok(0x0102));
        assert_eq!(r.u32(), Ok(600_000));
        assert_eq!(r.text().as_deref(), Ok("Õie"));
        assert_eq!(r.array::<2>(), Ok([9, 9]));
        assert!(r.is_empty());
        assert_eq!(r.u8(), Err(WireError::Truncated));
        assert_eq!(Reader::new(&[3, b'a']).text(), Err(WireError::Truncated));
        assert_eq!(Reader::new(&[1, 0xff]).text(), Err(WireError::NotText));
    }
}
