"""Wild6 truth for Jianglin954/Awesome-papers-in-the-fileds-of-CV-ML-PR-DM README.md: a PhD student's notes
index of papers read ("papers I have read (carefully or roughly) ... the notes only represent my personal views").

Shape: topic sections ('## Topic [[Back to Top]](#)', '### Subtopic', '#### Survey') under '<a name=...>' anchors;
every record is a numbered item '1. **Title.** *First Author et al, Venue Year.*  [[PDF]](url) [[Author]](url)'
(sometimes '[[Code]]', '[[Website]]'), often followed by a 'Notes: ...' line (two trailing spaces before it).
An entry runs from its item line to the last line of its paragraph (stopping at a blank line, the next item,
a heading or an empty '2. ' list item).  Title = the bold text, the separator '.' that closes it dropped
('?.' keeps the '?'); three bold titles wrap onto a second line before '.**' (PADME, 'Hierarchical graph
representation learning ...', AI-Bind, 'Smooth Bilevel Programming / for Sparse Regularization'): those entries
span both lines and the two parts are joined with a space; one title is wrapped in '<font color=blue>' (markup
dropped).  Repeated papers (DiGress, 'Self-organization Preserved ...') are separate entries.

Not entries (decided by what the item names): the 59 '**Updating....** * et al, .*' placeholders, an empty
'**.**' placeholder, the three '**My Personal Learning Notes on ...** *Jianglin Lu.*' PDFs (the list author's
own study notes, not a scholarly work), a Medium blog post ('Beyond Graph Neural Networks: A New Frontier for
Large Language Models', ai.plainenglish.io), a blog ('Visual Information Theory', '*Blog 2015*'), a book
('Probability Theory: The Logic of Science', '*Book*'), a website ('Bilevel Optimization Portal') and the
eight '[[Website]]' items of 'Learning Sources' (tutorials, library documentation, an online book).
Kept: 'SLEP: Sparse Learning with Efficient Projections' (Arizona State University 2009 technical report, the
list says "This paper develops ..."), a workshop poster paper (knowledge-nlp AAAI 2023 workshop), 'An Intuitive
Introduction For Understanding and Solving Stochastic Differential Equations' (a 2014 tutorial article), items
with no link or no authors ('Label Propagation with Weak Supervision', the GNNs+LMs items '* et al, .*').

Ids: taken from the record's own line(s) (the item line, or the two lines of a wrapped title), not from its
'Notes:' line, which links other papers inline (GAT's arXiv id, CAN's and LFH's ACM DOIs, a physics/ arXiv id
of the information bottleneck): three entries would otherwise get another paper's id.

Count check: 359 '1. **' items (grep) - 59 Updating - 1 empty - 3 notes - 1 Medium post - 1 blog - 1 book
- 1 portal - 8 learning sources = 284.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "Jianglin954__Awesome-papers-in-the-fileds-of-CV-ML-PR-DM__README@7ce6497.md"
PART = "wild6_development"
LINES = read_lines(NAME)

#: Titles (as cleaned) of items that are not scholarly works, with why.
NOT_PAPERS = {
    "My Personal Learning Notes on Domain Adaptation": "the list author's study notes",
    "My Personal Learning Notes on Graph Neural Network": "the list author's study notes",
    "My Personal Learning Notes on Quantum Computing": "the list author's study notes",
    "Beyond Graph Neural Networks: A New Frontier for Large Language Models": "Medium blog post",
    "Visual Information Theory": "blog post",
    "Probability Theory: The Logic of Science": "book",
    "Bilevel Optimization Portal": "website",
    "UvA Deep Learning Tutorials": "tutorial website",
    "PyTorch Image Models (timm) Documentation": "documentation",
    "PyTorch Geometric (PyG) Documentation": "documentation",
    "Deep Graph Library (DGL) Tutorials and Documentation": "documentation",
    "PyTorch Lightning Documentation": "documentation",
    "KeOps Documentation": "documentation",
    "Qiskit Machine Learning Documentation": "documentation",
    "Interpretable Machine Learning": "online book",
}


def is_stop(text: str) -> bool:
    return (not text.strip() or text.startswith(("1. **", "#", "<a name")) or bool(re.match(r"\d+\.\s*$", text)))


def main() -> None:
    papers = []
    seen_not = []
    placeholders = 0
    items = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("1. **"):
            continue
        items += 1
        end = i
        while end < len(LINES) and not is_stop(LINES[end]):
            end += 1
        block = "\n".join(LINES[i - 1:end])
        close = block.index("**", 5)
        raw = block[5:close]
        raw = re.sub(r"</?font[^>]*>", "", raw)
        title = re.sub(r"\s+", " ", raw).strip()
        title = re.sub(r"\s*\.$", "", title).strip()
        if title in ("Updating...", "") or title.startswith("Updating"):
            placeholders += 1
            continue
        if title in NOT_PAPERS:
            seen_not.append(title)
            continue
        rec = entry(LINES, i, end, title)
        # ids from the record's own line(s) only (item line up to the line closing the bold title): the
        # 'Notes:' lines cite other papers inline ([GAT](arxiv), [CAN](dl.acm.org/doi/...), [LFH](...)).
        k = i + block[:close].count("\n")
        own = "\n".join(LINES[i - 1:k])
        rec["arxiv"], rec["doi"] = arxiv_of(own), doi_of(own)
        papers.append(rec)
    assert items == 359, items
    assert placeholders == 60, placeholders
    assert sorted(seen_not) == sorted(NOT_PAPERS), set(NOT_PAPERS) - set(seen_not)
    assert len(papers) == 284, len(papers)
    write_truth(NAME, PART, papers,
                "every numbered '1. **Title.** *Authors, Venue Year.* [[PDF]](url) ...' item with its 'Notes:' line is an"
                " entry, title = the bold text without its closing '.'; placeholders ('Updating....', '.'), the author's"
                " own study notes, blog posts, a book, a website and the 'Learning Sources' websites are not entries",
                "counts by grep (359 items, 60 placeholders, 15 non-papers); titles and line ranges of the first and last"
                " item of every section, the wrapped titles (PADME, Hierarchical graph ..., AI-Bind, Smooth Bilevel"
                " Programming), the <font> title, the '?.' titles, the items without authors, the SLEP report, the"
                " duplicates; arXiv ids from abs/pdf links and DOIs from science.org/ACM/Wiley/Springer/OUP links, taken from the"
                " record line only (three Notes lines link other papers)")


if __name__ == "__main__":
    main()
