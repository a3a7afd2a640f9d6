"""Wild15 truth for cmu-llms-class/cmu-llm-class-website-2023 _modules/calendar.md: CMU 11-667 (LLMs, fall 2023).

Shape: a Just-the-Docs course calendar written as kramdown definition lists: a date line
('Tuesday, Aug 29'), then ': Topic', an indented ': [Slides](url)' and a ': Readings: ...' line
whose readings are comma-separated links '[Link text](url)' (or 'None', 'Enjoy Fall Break',
'[TODO](#)', '[Enjoy break](#)').  Lines 5-44 are two HTML comments holding a leftover Java
course template (no readings).  The link texts are mostly nicknames or author names ('Dai and
Le', 'Radford et al.', 'ClueWeb22', 'Documenting C4', 'GPT-2 paper', 'Chinchilla', 'Oore+ 18'),
three are titles.

Entry: each reading link that points to a paper (arXiv, ACL Anthology, Science, a paper PDF):
34 links on 19 'Readings:' lines, several per line, so an entry is one link on its line (line =
end) and its arXiv id / DOI come from that link's own URL only.  Not entries: Jurafsky & Martin
chapter 10 and 'Building NLG Systems, chapter 3' (book chapters), the blog posts 'Illustrated
Transformer', 'Prompt Engineering' (Lilian Weng) and 'PETM blog post', the '#' placeholders, the
slide links and the commented-out template.

Title: the link text when it is the paper's title: 'Evaluation of Text Generation: A Survey',
'Generative Agents: Interactive Simulacra of Human Behavior' and 'Two Decades of Statistical
Language Modeleing' (the title's first words, typo kept); null for the nicknames and author
names, which name no title.

Counts: 39 links with an http URL on the 'Readings:' lines (grep -o '](http'), 5 of them
chapters or blogs, so 34 entries; per line 3, 2, 1, 2, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "truth_scripts"))  # (_heldout, which _wild15 reaches too)
from _heldout import clean, tidy
from _wild15 import arxiv_of, doi_of, read_lines, write_truth

NAME = "cmu-llms-class__cmu-llm-class-website-2023___modules__calendar@154bf5d.md"
PART = "wild15_development"
LINES = read_lines(NAME)

NOT_PAPERS = {
    "Jurasky and Martin, Chapter 10": "textbook chapter",
    "Illustrated Transformer": "blog post",
    "Prompt Engineering": "blog post (Lilian Weng)",
    "PETM blog post": "blog post",
    "Building NLG Systems, chapter 3": "book chapter",
}
TITLES = {
    "Evaluation of Text Generation: A Survey",
    "Generative Agents: Interactive Simulacra of Human Behavior",
    "Two Decades of Statistical Language Modeleing",
}
LINK = re.compile(r"\[([^\]]+)\]\s?\((https?://[^)\s]+)\)")
PER_LINE = [3, 2, 1, 2, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1]


def main() -> None:
    papers = []
    per_line = []
    links = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith(": Readings:"):
            continue
        n = 0
        for m in LINK.finditer(text):
            links += 1
            label, url = m.group(1), m.group(2)
            if label in NOT_PAPERS:
                continue
            title = label if label in TITLES else None
            papers.append({"line": i, "end": i, "title": tidy(clean(title)) if title else None,
                           "arxiv": arxiv_of(url), "doi": doi_of(url)})
            n += 1
        if n:
            per_line.append(n)
    assert links == 39, links
    assert per_line == PER_LINE, per_line
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME, PART, papers,
        "every link on a ': Readings:' line of the definition-list calendar that points to a paper is an entry"
        " (one per link, ids from its own URL); title = the link text only when it is the paper's title, null for"
        " nicknames and author names; textbook chapters, blog posts, '#' placeholders, slides and the"
        " commented-out template are not entries",
        "all 19 'Readings:' lines with readings and their 39 http links one by one, the 5 chapters/blogs left out,"
        " the 3 titled links, every arXiv id against its URL, the Science DOI of the Diplomacy paper, the"
        " commented-out template and slide links")


if __name__ == "__main__":
    main()
