"""Wild15 truth for leekshaffer/Epi-QEs References.md: the reference list of a workshop on
quasi-experimental methods (difference-in-differences, synthetic control) in epidemiology and public
health, drawing on econometrics.

Shape: '# References', two intro paragraphs, then '##'/'###' sections of pandoc-style bullets
'-   Surname AB, Surname C, et al. Title. *Journal Abbrev* Year;**vol**:pages. <https://doi.org/...>.'
(Vancouver/AMA style, one bullet per line, blank line between).  Preprints and working papers say
'*arXiv* [preprint] 2024', '*SSRN* [working paper] 2021', '*medRxiv* [preprint]. 2024'.  One bullet
lacks the space after 'et al.' ('et al.Inferring causal impact ...'); one title holds an italic
show name ('*16 and Pregnant*'); one is in Portuguese.

Entry: every bullet whose subject is one article, preprint or working paper: all 71 bullets of the
sections after 'General Reference Materials for Econometric Methods'.  Not entries: that section's
five bullets, three textbooks with italic titles (Mostly Harmless Econometrics, The Mixtape,
The Effect) and two course-material web pages with quoted titles ('Materials for Gov 2003',
'Applied Empirical Methods').
Title: the text between the author list (which ends at its first full stop: Vancouver authors carry
no periods, 'et al.' included) and the italic journal that is followed by the year or a '['; the
citation's closing full stop is dropped, '?' and a closing quote are kept.  DOIs come from the
doi.org / dx.doi.org links; 10.48550/arXiv DOIs give the arXiv id too.

Count checks: grep -c '^-   ' gives 76; per section 5, 7, 12, 8, 19, 13, 6, 6; 76 - 5 = 71 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "leekshaffer__Epi-QEs__References@5a3e638.md"
BULLET = re.compile(r"^-   ([^.]+?)\.\s*(.+?)\.?\s*\*([^*]+)\*\s*(?:\d{4}|\[)")
SKIP_SECTION = "## General Reference Materials for Econometric Methods"


def main() -> None:
    lines = read_lines(NAME)
    section, papers, skipped = None, [], 0
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text
        if not text.startswith("-   "):
            continue
        if section == SKIP_SECTION:
            skipped += 1
            continue
        m = BULLET.match(text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(2)))
    assert skipped == 5, skipped
    assert len(papers) == 71, len(papers)
    write_truth(
        NAME, "wild15_development", papers,
        "every Vancouver-style bullet after the 'General Reference Materials' section is an entry (71), title ="
        " the text between the author list and the italic journal; the 3 textbooks and 2 course web pages of"
        " that first section are not",
        "count against grep (76 bullets) and per section (5, 7, 12, 8, 19, 13, 6, 6); all 71 titles read by eye"
        " against their lines, in particular 'et al.Inferring', the italic show name, the Portuguese title,"
        " the quoted 'Grand Experiment.' ending and the arXiv/SSRN/NBER/medRxiv DOIs",
    )


if __name__ == "__main__":
    main()
