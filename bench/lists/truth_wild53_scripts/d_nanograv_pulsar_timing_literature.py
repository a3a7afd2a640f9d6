"""Wild53 truth for nanograv/pulsar_timing_school README.md: the NANOGrav pulsar-timing school's README, whose
``## Literature`` half is a topic-sorted reading list for pulsar timing and nanohertz gravitational-wave data
analysis (astrophysics), newest commit (3b58606, 2017-09-20).

Shape: 125 lines, 11 KB.  ``# Pulsar Timing Data Analysis`` (1) and ``## Materials`` (7) with four bullets linking
the course folders (11-17, not papers); ``## Literature`` (20) then eight numbered ``### N. Topic`` sub-heads
(24, 40, 56, 68, 78, 85, 96, 105), each with a sentence or two of prose and a ``*`` bullet list, one work per
bullet: ``* [Title](url), Authors (Year)``.  Links are PDFs on personal / university pages (section 0, theses),
ADS abstract pages ``http://adsabs.harvard.edu/abs/2014PhRvD..90j4012V`` (sections 2-7) and one arXiv PDF (52).
Section 0's five bullets each carry an indented note bullet (``  * Pulsar Discovery paper.`` 30-38).  ``## Questions,
Comments, Requests`` / ``## Contributions?`` (116-124) close it.

Special cases:
- Section 1 lists seven PhD theses (47-53): entries (theses are research works).
- ``[Essential Radio Astronomy: Pulsars](http://www.cv.nrao.edu/~sransom/web/Ch6.html), Condon & Ransom (2016)``
  (37) is a chapter of an online textbook: counted as a book-chapter entry.
- ``New advances in the Gaussian-process approach to pulsar-timing data analysis`` is listed twice (61 in section
  2, 75 in section 3): two entries.
- Some ADS bibcodes are arXiv preprints (``2010arXiv1008.4686H`` 63, ``2016arXiv160902144V`` 72,
  ``2010arXiv1010.3785C`` 76, ``2007astro.ph..3285L`` 65); ids are whatever the helper reads from the line.
- 65's title holds a quoted title: ``Comment on "Tainted evidence: cosmological model selection versus fitting"``.
- Author lists are cut (``S. J. Chamberlin et al``, ``NANOGrav Collaboration``) and ``T. Litternberg`` is misspelt
  (64); authors are not part of the title anyway.

Decisions:
- Entry = each top-level ``* [Title](url), Authors (Year)`` bullet under ``## Literature`` (38); span = the bullet
  and its indented note bullet if any; title = the link text.
- Not entries: the ``## Materials`` bullets (course folders), section prose, the issue / fork links.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "nanograv__pulsar_timing_school__README@3b58606.md"
PART = "wild53_development"

ITEM = re.compile(r"^\* \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\), (?P<auth>.+) \((?P<year>\d{4})\)\s*$")
NOTE = re.compile(r"^  \* \S")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Pulsar Timing Data Analysis"
    start = lines.index("## Literature") + 1
    stop = lines.index("## Questions, Comments, Requests") + 1
    papers = []
    per_section: list[int] = []
    for n in range(start + 1, stop):
        ln = lines[n - 1]
        if ln.startswith("### "):
            per_section.append(0)
            continue
        if not ln.startswith("* "):
            assert not ln.startswith(" ") or NOTE.match(ln), (n, ln)
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        last = n + 1 if NOTE.match(lines[n]) else n
        papers.append(entry(lines, n, last, m.group("title")))
        per_section[-1] += 1
    assert per_section == [5, 7, 6, 5, 2, 5, 4, 4], per_section
    assert len(papers) == 38, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[29]["end"], t[29]["title"]) == (30, "Observation of a Rapidly Pulsating Radio Source"), t[29]
    assert t[37]["title"] == "Essential Radio Astronomy: Pulsars", t[37]
    assert (t[52]["end"], t[52]["arxiv"]) == (52, "0906.4246"), t[52]
    twice = "New advances in the Gaussian-process approach to pulsar-timing data analysis"
    assert t[61]["title"] == t[75]["title"] == twice, (t[61], t[75])
    assert t[65]["title"] == 'Comment on "Tainted evidence: cosmological model selection versus fitting"', t[65]
    assert t[112]["title"] == "Gravitational-wave memory and pulsar timing arrays", t[112]
    write_truth(
        NAME,
        PART,
        papers,
        "Each top-level '* [Title](url), Authors (Year)' bullet under '## Literature' (8 numbered topic sections:"
        " 5, 7, 6, 5, 2, 5, 4, 4) is an entry (38), span = the bullet plus its indented note bullet (section 0),"
        " title = the link text; the seven PhD theses (47-53) and the online textbook chapter 'Essential Radio"
        " Astronomy: Pulsars' (37) count; the paper listed twice (61, 75) is two entries; the '## Materials' course"
        " folder bullets, prose and issue/fork links are not entries.",
        "Read all 125 lines; compared -v for all 38 entries (titles = link texts incl. the quoted title in 65 and"
        " 'MULTINEST:' / 'TEMPONEST:' prefixes), spans of the five section-0 bullets with notes (29-38), the arXiv id"
        " of the arXiv PDF link (52); the ADS arXiv bibcodes (63, 72, 76, 65) give no arXiv id to the helper and"
        " are left so (an ADS bibcode is not a written arXiv id); no DOIs.",
    )


if __name__ == "__main__":
    main()
