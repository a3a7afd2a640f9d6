"""Wild7 truth for kakaobrain/nlp-paper-reading readme.md: a Korean team's reading log ('카카오브레인
자연어처리(NLP) 팀에서 읽고 있는 논문 리뷰들', the paper reviews the Kakao Brain NLP team reads), one
dated bullet per reviewed item, newest first.

Shape: under '## Papers', 43 bullets '- YYYY.MM.DD [Text](link to the team's note, .md or .pdf)'.
The links go to the team's own notes, never to the papers: no ids.

Entries: every bullet whose subject is a paper.  Not entries: the five 'EMNLP 2020 Paper Review
PartN: <topic>' bullets (lines 24-28), each a review of many conference papers, not one work; the
Korean introduction and the '## Contributors' people list.  Two bullets name several papers and count
once per paper on the same line: 'PLATO & PLATO-2' (2) and 'XLU: XNLI, XLM, XLM-R (English)' (3).

Title: the link text without the note-language tag ' (English)'.  A nickname in front of a title is kept
('Admin Initialization : Understanding the Difficulty of Training Transformers').  Bullets naming only a
model or method, not a title, get title null: AMBERT, Wikipedia2Vec, Pattern-Exploiting Training,
PLATO & PLATO-2, GPT-3, XLU (XNLI, XLM, XLM-R) and Meena.  'Deep Double Descent' is the head of the
paper's own title and is kept.

Counts: 43 dated bullets (grep '^- 20'), minus 5 EMNLP reviews = 38 bullets, plus 1 (PLATO-2) and 2
(XLM, XLM-R) = 41 entries, 31 with a title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "kakaobrain__nlp-paper-reading__readme@4e20620.md"
PART = "wild7_development"
# bullet link text (without ' (English)') -> number of papers it names, when it names no title
NO_TITLE = {"AMBERT": 1, "Wikipedia2Vec": 1, "Pattern-Exploiting Training": 1, "PLATO & PLATO-2": 2,
            "GPT-3": 1, "XLU: XNLI, XLM, XLM-R": 3, "Meena": 1}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    reviews = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r"- (\d{4}\.\d{2}\.\d{2}) \[(.+?)\]\((.+?)\)\s*$", text)
        if not m:
            assert not text.startswith("- 20"), text
            continue
        bullets += 1
        link_text = m.group(2)
        if link_text.startswith("EMNLP 2020 Paper Re"):
            reviews += 1
            continue
        title = re.sub(r"\s*\(English\)$", "", link_text)
        if title in NO_TITLE:
            for _ in range(NO_TITLE.pop(title)):
                papers.append(entry(lines, i, i, None))
        else:
            papers.append(entry(lines, i, i, title))
    assert not NO_TITLE, NO_TITLE
    assert bullets == 43 and reviews == 5, (bullets, reviews)
    assert len(papers) == 41 and sum(1 for p in papers if p["title"]) == 31, len(papers)
    assert all(14 <= p["line"] <= 56 for p in papers)
    write_truth(NAME, PART, papers,
                "every dated bullet '- YYYY.MM.DD [Text](note)' of '## Papers' is an entry except the five"
                " 'EMNLP 2020 Paper Review PartN' bullets (reviews of many papers); 'PLATO & PLATO-2' counts"
                " twice and 'XLU: XNLI, XLM, XLM-R' three times; title = the link text without ' (English)',"
                " null for bullets naming only a model or method (AMBERT, Wikipedia2Vec,"
                " Pattern-Exploiting Training, PLATO, GPT-3, XLU, Meena)",
                "all 43 bullets one by one against the file (lines 14-56): the five EMNLP review bullets"
                " skipped, each title against its link text, the ' (English)' tags dropped, the seven"
                " no-title bullets, the 'Admin Initialization : ...' nickname kept; no paper ids (links go"
                " to the team's notes)")


if __name__ == "__main__":
    main()
