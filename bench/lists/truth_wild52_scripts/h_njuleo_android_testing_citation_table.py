"""Wild52 truth for NJUleo/Android-Testing paper_list.md: a Nanjing University student's reading-notes table on
automated Android GUI testing, one full reference per table row; newest commit (12cae4b, 2021-01-26).

Shape: 36 lines, 8 KB, one pipe table.  ``# Paper Notes`` (1), ``## Notes`` (3), header
``| citation | Data | Questions | Comments | Tag |`` (5) padded to fixed widths, alignment row (6), 21 filled rows (7-27)
and eight empty placeholder rows of blanks and pipes (28-35).  The citation cell holds a whole ACM-style reference:
``Authors. [Year.] **Title.** In *Proceedings ...*, pp. / ACM, pages.``; the Data cell of 7 holds a Chinese summary;
Tag cells name the testing approach (``Random Testing``, ``Model-based``, ``ML-based. Single model`` ...).

Special cases:
- 8 is not a paper: ``Google. 2019. UI/Application Exerciser Monkey. https://developer.android.com/ studio/test/monkey``
  cites the Monkey tool's documentation (with a space inside the URL); a tool, not an entry.
- 9's bold run swallows the venue: ``**Dynodroid: An input generation system for android apps. In Proceedings of the
  2013 9th Joint Meeting on Foundations of Software Engineering.**``; the title is the part before ``. In Proceedings``.
- 27 has no bold at all (``R. Bryce, S. Sampath, and A. Memon. Developing a single model and test prioritization
  strategies for event-driven software. Trans. on Soft. Engr., 37(1), 2011.``) and its tag sits in the Comments cell;
  the title is the sentence after the author list.
- Most bold titles end with a period inside the bold (``**MobiGUITAR: ... mobile apps.**``); 7's does not.
- No row has a link, DOI or arXiv id.

Decisions:
- Entry = every filled table row that cites a research paper (7, 9-27: 20); title = the bold span, its trailing
  period and (9) the swallowed ``In Proceedings ...`` venue dropped; for 27 the second sentence of the reference.
- Not entries: the Monkey tool row 8, the heading lines, header/alignment rows and the eight blank rows 28-35.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "NJUleo__Android-Testing__paper_list@12cae4b.md"
PART = "wild52_development"

ROW = re.compile(r"^\| (?P<cite>[^|]+?)\s*\|(?P<rest>.*)\|\s*$")
BOLD = re.compile(r"\*\*(?P<title>.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Paper Notes"
    assert lines[4].startswith("| citation ") and re.match(r"^\| -+ \|", lines[5])
    papers = []
    blanks = 0
    for n, ln in enumerate(lines[6:], 7):
        if not ln.strip():
            continue
        if re.match(r"^\|(\s+\|)+$", ln):
            blanks += 1
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        cite = m.group("cite")
        if cite.startswith("Google. 2019. UI/Application Exerciser Monkey."):
            continue  # the Monkey tool's documentation, not a paper
        b = BOLD.search(cite)
        if b:
            title = b.group("title")
            title = re.sub(r"\. In Proceedings of .*$", "", title)
        else:
            assert cite.startswith("R. Bryce, S. Sampath, and A. Memon. "), (n, cite)
            title = cite.removeprefix("R. Bryce, S. Sampath, and A. Memon. ").split(". Trans.")[0]
        papers.append(entry(lines, n, n, title))
    assert blanks == 8, blanks
    t = {p["line"]: p for p in papers}
    assert 8 not in t
    assert t[7]["title"] == "Reinforcement Learning Based Curiosity-driven Testing of Android Applications", t[7]
    assert t[9]["title"] == "Dynodroid: An input generation system for android apps", t[9]
    assert t[11]["title"] == "MobiGUITAR: Automated model-based testing of mobile apps", t[11]
    assert t[18]["title"] == "Sapienz: Multi-objective automated testing for Android applications", t[18]
    assert t[27]["title"] == (
        "Developing a single model and test prioritization strategies for event-driven software"), t[27]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every filled row of the single '| citation | Data | Questions | Comments | Tag |' table that cites a paper is"
        " an entry (7, 9-27: 20); title = the bold span of the citation cell without its final period (9: without the"
        " '. In Proceedings of ...' venue swallowed by the bold), for the unbolded 27 the sentence after the authors;"
        " the Monkey tool-documentation row 8 and the eight blank placeholder rows 28-35 are not entries.",
        "Read all 36 lines; compared -v for every row 7-27: the tool row 8 left out, 9's bold venue cut, 27's plain"
        " reference, bold titles with the period inside; no links or ids anywhere in the file.",
    )


if __name__ == "__main__":
    main()
