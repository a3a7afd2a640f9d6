r"""Wild15 truth for teacherpeterpan/self-correction-llm-papers README: companion list of the survey
'Automatically Correcting Large Language Models: Surveying the landscape of diverse self-correction
strategies'; numbered items with a bold title and an indented italic authors line.

Shape: under '###' strategy headings, items '1. **Title.** Venue, Year. [paper](url)', a blank (or
whitespace-only) line, then an indented '*Authors*' line.  Numbering restarts in every section; two
items have two spaces after the number ('18.  **', '3.  **').  Entry = the
numbered line through its authors line; title = the bold text, its closing '.' dropped (two items
have no full stop inside the bold: CLOVA, DeCRIM).

Decisions: line 10 ('Our survey paper: [Title](arXiv). Authors') names the survey itself as a
reference in the introduction (not boilerplate BibTeX) and is an entry, title = its link text.
Item 7 of 'Self-Refine Strategy' (line 222, SelFee) is labelled 'Blog Post, 2023. [website]' and
is not an entry (a blog post).  CLOVA is listed twice (lines 230 and 325): two entries.  The
contents table, contributors and acknowledgement are not entries.

Counts: 72 numbered bold lines (grep -c '^ *[0-9]*\. *\*\*'; two items have two spaces after the
number), less the blog post, plus the survey line = 72; per section by eye 4 (RLHF) + 6
(Fine-tuning) + 6 (Self-Training) + 7 (Re-Ranking) + 12 (Feedback-guided) + 8 (Self-Refine, 9
less the blog) + 24 (External Feedback) + 4 (Model-Debate) = 71, plus the survey line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "teacherpeterpan__self-correction-llm-papers__README@0356bb4.md"
LINES = read_lines(NAME)
BLOG = 222
ITEM = re.compile(r"\d+\.\s+\*\*(.+?)\*\*")


def main() -> None:
    papers = []
    m = re.match(r"Our survey paper: \[(.+?)\]\(https://arxiv\.org/abs/2308\.03188\)", LINES[9])
    assert m
    papers.append(entry(LINES, 10, 10, m.group(1)))
    sections: dict[str, int] = {}
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("### "):
            section = re.match(r"### \[(.+?)\]", text).group(1) if "[" in text else text[4:]
        m = ITEM.match(text)
        if not m:
            continue
        if i == BLOG:
            assert "Blog Post" in text and "SelFee" in text
            continue
        j = i + 1
        while not LINES[j - 1].strip():
            j += 1
        assert re.match(r"\s+\*[^*].*\*\s*$", LINES[j - 1]), (i, j)
        title = re.sub(r"\.$", "", m.group(1).strip())
        papers.append(entry(LINES, i, j, title))
        sections[section] = sections.get(section, 0) + 1
    assert sections == {"RLHF Strategy": 4, "Fine-tuning Strategy": 6, "Self-Training Strategy": 6,
                        "Re-Ranking Strategy": 7, "Feedback-guided Strategy": 12, "Self-Refine Strategy": 8,
                        "External Feedback Strategy": 24, "Model-Debate Strategy": 4}, sections
    assert len(papers) == 72
    write_truth(NAME, "wild15_development", papers,
                "every numbered '**Title.** Venue, Year. [paper](url)' item with its indented italic authors"
                " line is an entry (the SelFee blog post excluded), plus the survey named on line 10; title ="
                " the bold text without its closing full stop (the survey: its link text)",
                "all 72 entries against the file (titles, last line = the authors line, arXiv ids from"
                " arxiv.org/pdf and /abs links; ACL Anthology, NeurIPS, OpenReview links give no id); the"
                " numbered bold lines counted with grep and per section by eye; the blog item, the repeated"
                " CLOVA item, the two titles without a full stop, and the survey line")


if __name__ == "__main__":
    main()
