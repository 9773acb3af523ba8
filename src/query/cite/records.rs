//! Records cite themselves: a paragraph, and the sentence that holds a
//! clause, a commitment or a search hit, as a [`Citation`].

use super::Citation;
use crate::model::records::{Clause, Commitment, Paragraph, Sentence};
use crate::model::span::Spanned;
use crate::query::search::Hit;

impl Paragraph {
    /// The paragraph's citation: `Seoul Declaration (ASEMME6, 2017), para. 10`.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// assert_eq!(para!(10).citation().to_string(), "Seoul Declaration (ASEMME6, 2017), para. 10");
    /// assert_eq!(para!(10).citation().short().to_string(), "para. 10");
    /// ```
    #[must_use]
    pub fn citation(&self) -> Citation {
        Citation::of_paragraph(self)
    }
}

impl Sentence {
    /// The sentence's citation: `Seoul Declaration (ASEMME6, 2017), para. 10,
    /// sentence 3`.
    ///
    /// ```
    /// use asem_seoul_declaration::para;
    /// let third = para!(10).sentence(3)?;
    /// assert_eq!(third.citation().short().to_string(), "para. 10, sentence 3");
    /// assert_eq!(third.citation().to_string().parse(), Ok(third.citation()));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn citation(&self) -> Citation {
        Citation::of_sentence(self)
    }
}

impl Clause {
    /// The citation of the sentence the clause stands in.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Spanned};
    /// let urge = declaration().clauses().find(|c| c.text() == "We also urge").unwrap();
    /// assert_eq!(urge.citation().short().to_string(), "para. 10, sentence 3");
    /// ```
    #[must_use]
    pub fn citation(&self) -> Citation {
        self.sentence().citation()
    }
}

impl Commitment {
    /// The citation of the sentence the commitment stands in.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let c = declaration().commitment("commitment:6-3".parse()?)?;
    /// assert_eq!(c.citation().short().to_string(), "para. 6, sentence 3");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn citation(&self) -> Citation {
        self.sentence().citation()
    }
}

impl Hit {
    /// The sentence the match starts in.
    ///
    /// ```
    /// use asem_seoul_declaration::{declaration, Spanned};
    /// let hit = declaration().search("erasmus+")?.next().unwrap();
    /// assert!(hit.sentence().text().contains("the Erasmus+ programme"));
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn sentence(&self) -> &'static Sentence {
        let at = self.range().start;
        let sentences = &self.paragraph().sentences;
        // Sentences tile their paragraph but for the spaces between them, so
        // the match starts in the last sentence that starts at or before it.
        let i = sentences
            .partition_point(|s| s.range().start <= at)
            .saturating_sub(1);
        &sentences[i]
    }

    /// The citation of the sentence the match starts in.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let hit = declaration().search("OER")?.next().unwrap();
    /// assert_eq!(hit.citation().short().to_string(), "para. 10, sentence 2");
    /// # Ok::<(), asem_seoul_declaration::Error>(())
    /// ```
    #[must_use]
    pub fn citation(&self) -> Citation {
        self.sentence().citation()
    }
}
