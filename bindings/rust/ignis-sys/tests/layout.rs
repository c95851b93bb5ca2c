//! The generated structs have the C layout (sizes and offsets from the C compiler on x86-64 and
//! aarch64 Linux), and the library links and answers.
use ignis_sys::*;
use std::mem::{offset_of, size_of};

#[test]
fn structs_match_the_c_layout() {
    assert_eq!(size_of::<ignis_scalar>(), 16);
    assert_eq!(offset_of!(ignis_scalar, value), 8);
    assert_eq!(size_of::<ignis_device>(), 8);
    assert_eq!(size_of::<ignis_value>(), 24);
    assert_eq!(offset_of!(ignis_value, v), 8);
    assert_eq!(size_of::<ignis_op_info>(), 48);
    assert_eq!(size_of::<ignis_op_arg_info>(), 40);
    assert_eq!(size_of::<ignis_grad_hook>(), 32);
}

#[test]
fn the_library_links_and_reports_its_api_level() {
    // SAFETY: functions without arguments, any thread.
    unsafe {
        assert!(ignis_api_version() >= IGNIS_API_VERSION);
        assert!(ignis_op_count() > 200);
    }
}
