"""Records a paper list holds that are no papers, told by their title or text alone: a book by its ISBN,
a part of a book or a course's handout, a template's record waiting for its paper.  Patterns only."""

from __future__ import annotations

import re

ISBN = re.compile(r"\bISBN(?:-1[03])?\b")
#: The title of a part of a book or of a course's handout, never a paper's.
BOOK_PART = re.compile(r"(?i:chapters?[ \t]++\d{1,3}\b|ch\.[ \t]*+\d{1,3}\b|(?:preface|foreword|afterword|epilogue|prologue)\b"
                        r"|(?:[\w\-]++[ \t]++)?appendix(?:[ \t]++[A-Z\d])?$|pre-?read(?:ing)?s?(?:[ \t]++by[ \t].*)?$|table of contents$)")
#: A template's record waiting for its paper: ``**Updating....** * et al, .* [[PDF]]()``.
WAITING = re.compile(r"(?i:updating|to be (?:updated|added|continued)|coming soon|tba|tbd|todo|wip|under construction)\W*$")
