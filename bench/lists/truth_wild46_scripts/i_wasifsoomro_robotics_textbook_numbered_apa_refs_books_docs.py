"""Wild46 truth for wasifsoomro/Physical-AI-Humanoid-Robotics-Textbook ``bibliography.md``: the bibliography page of
a Docusaurus "Physical AI & Humanoid Robotics" textbook (robotics: ROS, simulation, SLAM, motion planning, plus the
vision and language models the book uses), written in APA style, apparently with an LLM's help: some references
look invented or garbled (authors that do not match the titles, e.g. 1 ``Foote & Gerkey 2008`` for the ROS paper,
4, 5, 24), but each is written as a reference to a paper and is judged as written.

Shape (67 lines, no final newline): Docusaurus front matter (1-3), ``# Bibliography``, ``## References``, then 30
references ``N. Authors (Year). Title. *Venue*, volume, pages.`` on odd lines 9-67, blank lines between.  Most give
the title in plain text and the venue in italics; some italicise the title instead (1, 6, 15-21, 25-27: the books,
documentation and three of the papers), ``*ROS: An open-source Robot Operating System*. In Proceedings of ...``.
Author lists are cut with ``...`` (2, 3, 11-13, 28-30).  arXiv ids appear as ``arXiv preprint arXiv:NNNN.NNNNN``
text (4, 5, 6, 13, 24); there are no links.  Numbers in this docstring are reference numbers; reference k is on
line 2k + 7.

Decisions:
- Entries (20): the references to papers, preprints and reports: 1-6, 8-14, 22-24, 27-30, including the GPT-4
  Technical Report (13) and the GPT-4 System Card (27, a technical report OpenAI published, though the list calls
  its venue "OpenAI Documentation").
- Not entries: the Navigation2 user guide (7), the seven textbooks (15 Probabilistic Robotics to 21 Planning
  Algorithms), and the two NVIDIA developer-documentation items (25, 26), the front matter and headings.
- Span: the reference's line.
- Title: the text after ``(Year). ``: the italic span when the reference opens with one (1, 6, 27), else the text
  up to the ``. *`` that opens the italic venue.
- Ids: the ``arXiv:`` ids of the reference's line; no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "wasifsoomro__Physical-AI-Humanoid-Robotics-Textbook__bibliography@f382ca5.md"
PART = "wild46_development"

NOT_PAPERS = {7, 15, 16, 17, 18, 19, 20, 21, 25, 26}  # reference numbers: a user guide, books, documentation
REF = re.compile(r"^(\d+)\. (.+?) \((\d{4})\)\. (.*)$")
ITALIC_TITLE = re.compile(r"^\*([^*]+)\*\.")
PLAIN_TITLE = re.compile(r"^(.+?)\. \*")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 67 and lines[-1].startswith("30. "), len(lines)
    papers = []
    numbers = []
    for n, ln in enumerate(lines, 1):
        m = REF.match(ln)
        if not m:
            assert n < 9 or not ln.strip(), (n, ln)
            continue
        num = int(m.group(1))
        numbers.append(num)
        if num in NOT_PAPERS:
            continue
        rest = m.group(4)
        t = ITALIC_TITLE.match(rest) or PLAIN_TITLE.match(rest)
        assert t, (n, rest)
        papers.append(entry(lines, n, n, t.group(1)))
    assert numbers == list(range(1, 31)), numbers
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered APA reference to a paper, preprint or report is one entry (20 of 30), not the user guide (7),"
        " the seven textbooks (15-21) or the NVIDIA documentation (25, 26); title = the italic span after '(Year). '"
        " when the reference opens with one, else the text up to the '. *' of the italic venue; arXiv ids from"
        " 'arXiv preprint arXiv:' text.",
        "Whole file read (67 lines), all 30 references sorted by kind; every -v title compared with its line: the"
        " italic-title papers 1, 6, 27, the plain-title ones 2-5, 8-14, 22-24, 28-30 (titles with '?' 10, ':' 2, 8,"
        " 9, 14, 28-30, parentheses and an en dash 3), the five arXiv ids (4, 5, 6, 13, 24), the excluded guide,"
        " books and documentation (7, 15-21, 25, 26), and the last reference 30 on the file's last line without a"
        " newline.",
    )


if __name__ == "__main__":
    main()
