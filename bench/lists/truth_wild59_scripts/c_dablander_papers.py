"""Wild59 truth for fdabl/fdabl.github.io menu/papers.md at c4a509b: the "papers" page of a researcher's personal
Jekyll web site (Fabian Dablander, climate / behavioural science and statistics), a hand-written APA-style
publication list.

Shape: 147 lines.  Front matter (1-4); ``## Submitted / under review`` (6-15); then one ``## YYYY`` heading per year
from 2026 down to 2016 (17-143); ``## Other`` (146-147) with one sentence linking to blog posts.  Under each
heading one paragraph per work, separated by blank lines (sometimes two):
``Authors (Year). Title. *Journal, Volume*(Issue), pages. [[Link](url)] [[Journal version](url)]``, the site
owner's name in bold (``**Dablander, F.**``), equal-contribution marks as ``<sup>&#11089;</sup>`` or
``<sup><small>&#11089;</small></sup>``.

Special cases:
- 98-99, 108-109 and 111-112: one reference wrapped over two lines (the author list continues on the next line).
- 90: the year is a link, ``([2021](https://psyarxiv.com/3jz8e/)). Title.``, and the paragraph ends with the title.
- 118 and 127: the title itself contains a parenthesised year (``... A Comment on Siew, McCartney, and Vitevitch
  (2019)``, ``Another Paradox? A Comment on Lindley (1997)``): only the first ``(Year).`` after the authors starts the
  title.
- 58: the title holds italic markup and a double space, ``Model-averaged Bayesian  *t* tests``: the markup is
  dropped and whitespace collapsed (``Model-averaged Bayesian t tests``).
- 120: the title holds quotes (``the Harry Potter "Sorting Hat Quiz"``): kept as written.
- 78 (book chapter) and 141 (CogSci proceedings) continue with ``In ...`` / ``In: ...`` after the title.
- 7-15 have ``(under review)`` in place of a year; 46, 63 and 102 have no venue, only a link.
- The first paragraph under each heading follows the heading line with no blank line between (e.g. 17-18).
- The link is written both ``[[Link](url)]`` and ``[[Link]](url)``.
- Not only journal papers: a doctoral thesis (61), a master's thesis (137), a book chapter (78), a book review in
  *Significance* (129), a report on Zenodo (46) and preprints are listed the same way.

Decisions:
- Entry = every reference paragraph under "Submitted / under review" and the year headings (59 entries), whatever
  the kind of work: the page lists them all as the owner's publications.  Span = the paragraph's lines.
- Title = the text after the first ``(Year).`` / ``(under review).`` up to the period that is followed by the
  italic venue (``. *``), the link (``. [[``), ``. In`` or the end of the paragraph; markup removed, whitespace
  collapsed, trailing period dropped.
- The ``## Other`` sentence (147) links to blog posts: not an entry.
- DOIs come from publisher URLs (doi.org-style paths of Springer, Wiley, PNAS, ...); two are set by hand because
  the URL continues after the DOI: 78 (``.../10.4324/9781003111238-16/causal-inference-...``) -> 10.4324/
  9781003111238-16, and 143 (``.../10.5334/jeps.401/``) -> 10.5334/jeps.401.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "fdabl__fdabl.github.io__menu__papers@c4a509b.md"
PART = "wild59_development"

YEAR = re.compile(r"\((?:\d{4}|under review|\[\d{4}\]\([^)]*\))\)\.\s+")
END = re.compile(r"\.\s+(?=\*|\[\[|In:? )|\.?\s*$")


def clean(t: str) -> str:
    t = t.replace("*", "")
    return re.sub(r"\s+", " ", t).strip().rstrip(".")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        if not lines[n - 1].strip() or lines[n - 1].startswith("#"):
            n += 1
            continue
        last = n
        while last < len(lines) and lines[last].strip() and not lines[last].startswith("#"):
            last += 1
        text = " ".join(x.strip() for x in lines[n - 1 : last])
        m = YEAR.search(text)
        if m:
            rest = text[m.end() :]
            e = END.search(rest)
            papers.append(entry(lines, n, last, clean(rest[: e.start()])))
        n = last + 1
    by = {p["line"]: p for p in papers}
    # DOIs read from publisher URLs: drop the URL path the helper keeps after the DOI (checked by eye).
    by[78]["doi"] = "10.4324/9781003111238-16"
    by[143]["doi"] = "10.5334/jeps.401"
    assert len(papers) == 59, len(papers)
    assert min(by) == 7 and max(by) == 143, (min(by), max(by))
    assert by[7]["title"] == "Material life satisfaction increases willingness to engage in costly climate action"
    assert by[9]["title"] == "Climate change coverage in The Guardian, 2010–2025", by[9]
    assert by[58]["title"] == "Model-averaged Bayesian t tests", by[58]
    assert by[78]["title"] == "Causal Inference", by[78]
    assert by[90]["title"] == "A Multidisciplinary Perspective on COVID-19 Exit Strategies", by[90]
    assert by[98]["end"] == 99 and by[98]["title"].startswith("The JASP guidelines"), by[98]
    assert by[111]["end"] == 112, by[111]
    assert by[118]["title"] == (
        "Studying Statistics Anxiety Requires Sound Statistics: A Comment on Siew, McCartney, and Vitevitch (2019)"
    ), by[118]
    assert by[120]["title"] == (
        'The Science Behind the Magic? The Relation of the Harry Potter "Sorting Hat Quiz" to Personality and'
        " Human Values"
    ), by[120]
    assert by[127]["title"] == "Another Paradox? A Comment on Lindley (1997)", by[127]
    assert by[141]["title"] == (
        "What does the crowd believe? A hierarchical approach to estimating subjective beliefs from empirical data"
    ), by[141]
    assert sum(1 for p in papers if p["line"] < 17) == 5
    assert by[54]["doi"] == "10.1214/23-ba1369", by[54]
    assert by[106]["doi"] == "10.1007/s10670-019-00209-z", by[106]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every APA-style reference paragraph under '## Submitted / under review' and the '## YYYY' headings is"
        " one entry (59, lines 7-143), including theses, a book chapter, a book review, a report and preprints; span ="
        " the paragraph (three wrap over two lines).  Title = text after the first '(Year).' or '(under review).' up to"
        " the period before the italic venue, the [[Link]], 'In'/'In:' or the paragraph end; markup dropped,"
        " whitespace collapsed.  The '## Other' sentence about blog posts is not an entry.",
        checked="Read the whole file; compared the -v output with every paragraph, checked the wrapped references"
        " (98-99, 108-109, 111-112), the linked year at 90, titles containing a year in parentheses (118, 127), quotes"
        " (120), italics (58), '?' inside titles (120, 127, 141) and the 'In' continuations (78, 141).",
    )


if __name__ == "__main__":
    main()
