"""Wild6 truth for TeamLab/teamlab-nlp-seminar-2019 README.md: a student lab's Deep NLP seminar page
(Korean prose) with a schedule table and a short 'References' list.

The schedule (lines 19-43) is a Markdown table 'Date | Paper | Presenter | ppt | code | category';
each of its 23 body rows (lines 21-43) presents one paper: the entry is the row, title = the link
text of the Paper cell ('GPT-2: Language Models are Unsupervised Multitask Learners' keeps the nickname
written into it; 'MaskGAN: Better Text Generation via Filling in the___' keeps its underscores).  The
arXiv ids and ACL Anthology links are in the Paper cell; the presenter/ppt/code cells link GitHub
profiles, Google Drive slides and code (no ids).  The 'References' bullets (lines 59-63) mix a blog
(Ruder's blog), a GitHub repository (NLP-progress), a bare paperswithcode task URL and two papers:
the BLEU paper (line 61, 'Authors. 2002. [Title](url). In Proceedings of ACL 2002.') and the NER
survey (line 63, a ResearchGate link) - only those two are entries.  The bare ruder.io URL on line 17
(a blog post) is no entry.

Counts: 23 table rows (grep -c '^| [0-9][0-9]/') + 2 reference papers = 25 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "TeamLab__teamlab-nlp-seminar-2019__README@028e8c9.md"
PART = "wild6_development"
LINES = read_lines(NAME)
REF_PAPERS = {61, 63}


def main() -> None:
    papers = []
    rows = 0
    for i, text in enumerate(LINES, 1):
        if re.match(r"\| \d\d/\d\d \|", text):
            rows += 1
            cells = text.split(" | ")
            m = re.fullmatch(r"\s*\[([^\]]+)\]\(([^)]+)\)\s*", cells[1])
            assert m, (i, cells[1])
            papers.append(entry(LINES, i, i, m.group(1)))
        elif i in REF_PAPERS:
            m = re.search(r"\[([^\]]+)\]\(", text)
            papers.append(entry(LINES, i, i, m.group(1)))
    assert rows == 23, rows
    assert [ln.startswith("- ") for ln in LINES[58:63]] == [True] * 5
    assert len(papers) == 25, len(papers)
    write_truth(NAME, PART, papers,
                "each of the 23 schedule-table rows is an entry, title = the link text of its Paper cell; of the 5"
                " 'References' bullets only the BLEU paper and the NER survey are entries (a blog, a GitHub repository"
                " and a paperswithcode URL are not), title = their link text",
                "all 23 rows and 5 reference bullets read against the file with -v, the arXiv ids of the Paper cells,"
                " the Korean prose and the bare ruder.io URL (no entries)")


if __name__ == "__main__":
    main()
