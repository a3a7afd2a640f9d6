"""Wild30 truth for Applied-AI-Research-Lab/Vision-Language-Action-Models-Concepts-Progress-Applications-and-Challenges
Paper_List/paper_list_2024.md: the 2024 part of the reference list of a survey on vision-language-action
models, exported from the survey's BibTeX file by the repository's Paper_List/bib_to_md.py.

Shape: "# Paper List 2024" and "### Follow-up Papers" headings, then one bullet per BibTeX entry:
"- **bibkey:** Authors.<br />" on the first line, an indented second line
'"Title." Venue (2024).' with the title in double quotes and its final dot inside the quotes, a blank
line, and an indented "[2024]" paragraph that belongs to the same bullet.  Each bullet is one entry
spanning its bullet line to its "[2024]" line; the bibkey label and authors are not the title.  Title =
the quoted text up to the last '." ' of the second line.  Special cases: line 371 is a title that itself
begins with a quoted phrase ('""Understanding AI": Semantic Grounding ..."' -> '"Understanding AI":
Semantic Grounding in Large Language Models', venue "Unknown Venue"); line 301 writes "\\&" (a Markdown
escape, rendered "&").  arXiv ids come from the venue text "arXiv preprint arXiv:nnnn.nnnnn"; no
entry has a DOI or a link.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = (
    "Applied-AI-Research-Lab__Vision-Language-Action-Models-Concepts-Progress-Applications-and-Challenges"
    "__Paper_List__paper_list_2024@d4bf878.md"
)
PART = "wild30_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("- **"):
            continue
        assert lines[i].startswith('  "'), i
        assert lines[i + 2].strip() == "[2024]", i
        m = re.match(r'^  "(.*)\."\s', lines[i])
        assert m, i
        papers.append(entry(lines, i, i + 3, m.group(1)))
    assert len(papers) == 78, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- **bibkey:** Authors.<br />' bullet with its quoted title line and '[2024]' paragraph is one "
        "entry; the title is the double-quoted text on the second line without its closing dot.",
        "All 78 records read against the file: titles, spans (bullet line to the '[2024]' line), arXiv ids "
        "from 'arXiv preprint arXiv:' venues, the nested-quote title at line 371 and the escaped '&' at line 301.",
    )


if __name__ == "__main__":
    main()
