//! The W3C Web Annotation edition.
