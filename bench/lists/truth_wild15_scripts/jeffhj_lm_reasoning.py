"""Wild15 truth for jeffhj/LM-reasoning README: companion list of the survey 'Towards Reasoning in
Large Language Models: A Survey'; one paper per '####' heading.

Shape: each paper is a level-4 heading '#### [Title](url)<TAB>*DD Mon YYYY*', a blank line and a
line of authors.  Level-4 headings without a link name sub-topics ('#### Rationale Engineering',
'#### Others', '#### ......') and are not entries.  Entry = the linked heading through its authors
line (two lines below); title = the heading's link text.

Decisions: the survey itself, listed as the only record of '## Survey' (line 35), is an entry (a
record of the list, not the cite-us BibTeX at the end, which is boilerplate and not an entry).
'How does GPT Obtain its Ability? ...' (line 51) links a Notion blog post in the section 'Relevant
Survey and Position Paper and Blog' and is not an entry (a blog post).  A paper listed in two
sections ('Exploring Length Generalization in Large Language Models', lines 267 and 317) is two
entries.

Counts: 68 linked '#### [' headings (grep -c), less the blog = 67 entries; per section (awk over
the '##'/'###' headings, checked by eye) 1 (Survey) + 7 (Relevant, 8 less the blog) + 5 (Fully
Supervised) + 33 (Prompting) + 9 (Hybrid) + 12 (Evaluation) = 67.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "jeffhj__LM-reasoning__README@bfdadac.md"
LINES = read_lines(NAME)
BLOG = 51
HEAD = re.compile(r"#### \[(.+?)\]\((\S+)\)\s+\*\d{1,2} \w{3} \d{4}\*\s*$")


def main() -> None:
    papers = []
    sections: dict[str, int] = {}
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith(("## ", "### ")):
            section = text.lstrip("# ")
        if not text.startswith("#### ["):
            continue
        m = HEAD.match(text)
        assert m, (i, text)
        if i == BLOG:
            assert "notion.site" in m.group(2)
            continue
        assert LINES[i] == "" and LINES[i + 1].strip() and not LINES[i + 1].startswith("#"), i
        papers.append(entry(LINES, i, i + 2, m.group(1)))
        sections[section] = sections.get(section, 0) + 1
    assert sections == {"Survey": 1, "Relevant Survey and Position Paper and Blog": 7,
                        "Fully Supervised Finetuning": 5, "Prompting and In-Context Learning": 33,
                        "Hybrid Method": 9, "Evaluation and Analysis": 12}, sections
    assert len(papers) == 67
    write_truth(NAME, "wild15_development", papers,
                "every '#### [Title](url) *date*' heading with its authors line two lines below is an entry"
                " (the survey itself included; the Notion blog post on line 51 excluded; unlinked '####'"
                " sub-topic headings and the cite-us BibTeX are not entries); title = the heading's link text",
                "all 67 entries against the file (titles, the authors line as each entry's last line, arXiv"
                " ids); the 68 linked headings counted with grep and per section by eye; the blog record,"
                " the 7 unlinked sub-topic headings and the repeated 'Exploring Length Generalization' paper")


if __name__ == "__main__":
    main()
