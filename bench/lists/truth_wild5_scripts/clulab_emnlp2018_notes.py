"""Wild5 truth for clulab/nlp-reading-group conference_summaries/emnlp2018.md: a reading group's
conference notes ("Mihai's Summary of EMNLP/CoNLL 2018"), one paper per '### Title' section.

Shape: '# CoNLL', '# BlackboxNLP Workshop' (with a short intro paragraph), '# EMNLP Day 1' and
'# EMNLP Day 2' chapters; each item is a '### ' heading (one with a double space after '###'),
usually a blank line, a '**URL**: <bare url>' line (no Markdown link; old ACL Anthology mirror,
aclweb.org or arXiv), an optional '**Abstract**:' paragraph and a "**Mihai's comments**:" paragraph.
An entry is a '### ' section with a URL (23: CoNLL 1, BlackboxNLP 6, Day 1 7, Day 2 9); its lines
run from the heading to its last non-blank line before the next heading.  Title = the heading text
(a trailing space dropped).  Not an entry: the empty template at the end ('### Title' with empty
URL, Abstract and comments fields).  Ids: five arXiv URLs (abs and pdf); no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "clulab__nlp-reading-group__conference_summaries__emnlp2018@76d97b3.md"
PART = "wild5_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    chapter = None
    per_chapter: dict[str, int] = {}
    heads = [i for i, t in enumerate(LINES, 1) if t.startswith("#")]
    for k, i in enumerate(heads):
        text = LINES[i - 1]
        if re.match(r"# ", text):
            chapter = text[2:]
            continue
        assert text.startswith("### "), i
        nxt = heads[k + 1] if k + 1 < len(heads) else len(LINES) + 1
        last = nxt - 1
        while not LINES[last - 1].strip():
            last -= 1
        url = [t for t in LINES[i:last] if t.startswith("**URL**:")]
        assert len(url) == 1, i
        if not url[0].removeprefix("**URL**:").strip():
            assert text == "### Title", i  # the empty template
            continue
        per_chapter[chapter] = per_chapter.get(chapter, 0) + 1
        papers.append(entry(LINES, i, last, text[4:].strip()))
    assert per_chapter == {"CoNLL": 1, "BlackboxNLP Workshop": 6, "EMNLP Day 1": 7, "EMNLP Day 2": 9}, per_chapter
    assert len(papers) == 23
    write_truth(NAME, PART, papers,
                "every '### Title' section with a '**URL**:' bare URL (abstract and comments beside) is an entry, title ="
                " the heading; the empty '### Title' template at the end is not",
                "all 24 '### ' headings (grep -c), each of the 23 titles and section ends against the file, the 5"
                " arXiv URLs; chapter counts 1 + 6 + 7 + 9 by eye")


if __name__ == "__main__":
    main()
