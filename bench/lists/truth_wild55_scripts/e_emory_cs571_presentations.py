"""Wild55 truth for emory-courses/cs571 assignments/paper-presentations.md: "Paper Presentations", the student
paper-presentation schedule of Emory's CS571 (NLP) course, spring 2019, at commit 2c67819 (2019-03-06).  The file was
deleted from the repository by the newest commit touching it (3d2942d, "Update 2021"), so the last commit where the
list exists is used.

Shape: 117 lines.  ``# Paper Presentations`` (1), topic headings ``## Language Modeling`` ... ``## Machine
Comprehension`` (3-100; the Semantic-role topic heading is missing, 81 follows 70-78 directly), date headings
``### 01/23`` (some out of order / repeated: ``### 01/28`` at 9 and 21, ``### 03/04`` at 63 and 70), and under each a
``* `` bullet per paper: ``* [Title](url), Authors, VENUE, YEAR. - Presenter &#10003;`` (check mark = presented).
Presenter may be a link to SlideShare (7), ``TBA`` or two names (19, 23, 24).

Special cases:
- 104, 105, 116 put a system nickname before the link (``* R-NET: [Gated Self-Matching ...](...)``, ``SLQA:``,
  ``SAN:``): the nickname is not part of the title.
- 72 has no venue (``Shen et al., 2018.``); 85-86 end ``2018 - TBA.``; 24 and 47 have ``-Name`` without a space.
- Titles contain colons, a curly apostrophe (84 ``What’s Next``) and ``They Exist!`` (98).
- arXiv ids come from the abs links at 29, 60, 77, 106; all other links are ACL Anthology / JMLR / NIPS / OpenReview /
  ICML / UPenn pages and give no id (ACL Anthology URLs are not DOIs).

Decisions:
- Entry = every ``* `` bullet (40, all research papers); one line each.
- Title = the text of the first Markdown link on the line, exactly as written.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "emory-courses__cs571__assignments__paper-presentations@2c67819.md"
PART = "wild55_development"

ITEM = re.compile(r"^\* (?:[A-Z-]+: )?\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 40, len(papers)
    assert by[7]["title"] == "Class-based N-gram Models of Natural Language", by[7]
    assert (by[29]["title"], by[29]["arxiv"]) == (
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "1810.04805"), by[29]
    assert by[84]["title"] == "Deep Semantic Role Labeling: What Works and What’s Next", by[84]
    assert by[104]["title"] == "Gated Self-Matching Networks for Reading Comprehension and Question Answering", by[104]
    assert by[116]["title"] == "Stochastic Answer Networks for Machine Reading Comprehension", by[116]
    assert by[106]["arxiv"] == "1804.09541", by[106]
    assert by[55]["arxiv"] is None and by[55]["doi"] is None, by[55]
    assert sum(1 for p in papers if p["arxiv"]) == 4
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet under the date headings is one presented paper: '* [Title](url), Authors, VENUE, YEAR. -"
        " Presenter'; three put a system nickname before the link ('R-NET: ', 'SLQA: ', 'SAN: ').  Title = the text"
        " of the first link on the line (nickname excluded); span = that one line.",
        "Printed all 40 bullets and compared -v against them: every title, the nickname prefixes at 104/105/116, the"
        " curly apostrophe at 84, and the four arXiv ids (29, 60, 77, 106); no other line carries an id.",
    )


if __name__ == "__main__":
    main()
