"""Wild truth for d-dof/survey_in_m2 survey_in_m2.md: a Japanese/English reading diary, one paper per heading, then a numbered reference list.

Two kinds of record, both entries:
- every '## 【date】**Title**【Venue】' heading of the Survey Diary, running over its citation
  key line, keywords, Japanese and English summaries and figures to the last non-blank line
  before the next heading; title = the bold text of the heading (date and venue brackets
  dropped).  The '[**[Author et al., *Venue*, Year]**](#anchor)' line points to the reference
  list and gives no id.
- every numbered reference '[n] Authors. Title. In *Venue*, pages, year.' of the References
  section (one line each, most after an '<a name=...>' anchor); title = the text between the
  authors' closing '. ' and the '. In ', '. *Venue*' or '. Technical report' that follows (a '?'
  ending the title is kept); arXiv ids from 'arXiv preprint arXiv:NNNN.NNNNN'.
A paper both summarised and listed in the references is two entries (two records).  The
front matter (the BODAME paper the survey led to, interests, venue abbreviations) is not an entry.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "d-dof__survey_in_m2__survey_in_m2@beb6d8d.md"
PART = "wild_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


def main() -> None:
    heads = [i for i, x in enumerate(LINES, 1) if x.startswith("#")]
    refs = next(i for i in heads if LINES[i - 1].startswith("# References"))
    for k, i in enumerate(heads):
        m = re.match(r"## 【[^】]*】\s*\*\*(.+?)\*\*", LINES[i - 1])
        if not m:
            continue
        stop = heads[k + 1]
        end = max(j for j in range(i, stop) if LINES[j - 1].strip())
        add(i, end, m.group(1))
    for i in range(refs + 1, len(LINES) + 1):
        text = re.sub(r"^<a name=\"[^\"]*\">\s*</a>", "", LINES[i - 1])
        m = re.match(r"\[\d+\]\s+(.*)", text)
        if not m:
            continue
        body = m.group(1)
        authors_end = re.search(r"\.\s+", body).end()
        rest = body[authors_end:]
        t = re.match(r"(.+?[.?])\s+(?:In\b|\*|Technical report)", rest)
        add(i, i, t.group(1))
    write("every '## 【date】**Title**【venue】' diary heading (to the end of its section) and every numbered"
          " '[n] Authors. Title. In *Venue*' reference is an entry; title = the heading's bold text, or the"
          " reference's text between the authors and the venue",
          "all 127 entries against the file: 64 diary headings (74 headings less 10 front-matter/section"
          " headings) with their section ends (before each next heading, the last before '# References'), and"
          " all 63 numbered references (title cut before 'In', '*', 'Technical report'; the '?' and '!' titles),"
          " the 5 'arXiv preprint arXiv:' ids; the two non-paper URLs in the sections (a talk, slides) give no id")


if __name__ == "__main__":
    main()
