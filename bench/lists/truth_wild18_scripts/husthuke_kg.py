"""Wild18 truth for husthuke/awesome-knowledge-graph README: a Chinese awesome list on knowledge
graphs ('整理知识图谱相关学习资料'), Chinese section headings with English glosses
('#### Reasoning(知识推理)', '#### 常识图谱(Commonsense)') and Chinese notes.

Shape: the part '## 理论及论文' (theory and papers, lines 20-181) holds the papers as bullets
'- [Title (venue year)](url)[中文 note]': the link text carries the title and often a year or
venue in parentheses, glued or spaced ('(2019)', '(EMNLP 2019)', '(ACL2018)', '(ICJAI 2020)', an
empty '()'); the note after the link is in plain brackets (sometimes empty '[]').  Six link texts
wrap over two lines (lines 48-49, 53-54, 57-58, 82-83, 88-89, 135-136).  Links go to arXiv (abs,
pdf, a 'v1' pdf), ACL Anthology, IJCAI, AAAI, ACM DL (dl.acm.org/doi/pdf/10.1145/...), OpenReview,
CiteSeerX, a Chinese journal page with a DOI in its path (ecice06.com/CN/10.3969/...), lab pages,
or to PDFs and CAJ files stored in the repository ('./paper/知识图谱构建技术综述_刘峤.caj').  One
link is empty ('[Conversational Neuro-Symbolic Commonsense Reasoning(2020)]()').

Entries: all 75 bullets of that part (per subsection 6, 17, 4, 3, 3, 1, 10, 6, 5, 6 + 1
Coreference, 5, 2, 6).  Six of them (lines 30-33, 99, 151) are Chinese papers the list names by an
English translation of their title ('Knowledge Graph Construction Techniques' for 刘峤's
'知识图谱构建技术综述', 'Knowledge Representation Learning: A Review', 'A Survey on Entity
Alignment of Knowledge Base', 'Review on Knowledge Graph Techniques', ...), linked to a PDF or
CAJ file named by the Chinese title: the title is taken as
the file writes it, since no other title is written; one Chinese title is written in Chinese
('指代消解综述').  Not entries: everything after line 181 (datasets and open KGs, tools, white
papers and reports, people, video courses, competitions, conference talk slides, project repos,
news and blog articles), the table of contents and the framework image.

Title = the link text with the year/venue parenthesis at its end dropped, and, for four texts
written 'Title. Venue. Authors.' or 'Title. Authors.(Venue)', the part after the title's first
'. ' dropped ('Context-dependent knowledge graph embedding. EMNLP 2015. Luo, Yuanfei and ...').
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "husthuke__awesome-knowledge-graph__README@219ea66.md"
PART = "wild18_development"
AUTHORS_AFTER_TITLE = (102, 103, 104, 105)  # 'Title. EMNLP 2015. Luo, ...', 'Title. Cai, Liwei, ...(NAACL 2018)'


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## 理论及论文") + 1
    stop = lines.index("## 图谱及数据集") + 1
    assert (start, stop) == (20, 182)
    papers = []
    i = start
    while i < stop:
        text = lines[i - 1]
        if not text.startswith("- ["):
            i += 1
            continue
        first = i
        block = text
        while "](" not in block:  # link text wrapped onto the next line
            i += 1
            block += "\n" + lines[i - 1]
        m = re.match(r"- \[(.+?)\]\(", block, re.DOTALL)
        title = re.sub(r"\s+", " ", m.group(1)).strip()
        title = re.sub(r"\s*\((?:[A-Za-z]+\s*)?(?:\d{4})?\)$", "", title)
        if first in AUTHORS_AFTER_TITLE:
            title = title.split(". ")[0]
        papers.append(entry(lines, first, i, title))
        i += 1
    assert len(papers) == 75, len(papers)
    assert sum(1 for p in papers if p["end"] > p["line"]) == 6
    write_truth(NAME, PART, papers,
                "every bullet of the '理论及论文' (theory and papers) part is an entry; title = the link text without"
                " the year/venue parenthesis at its end (and without the venue and authors four texts write after the"
                " title); datasets, tools, reports, courses, competitions, talks, repos and articles are left out",
                "all 75 entries by eye against the file (per-subsection counts 6, 17, 4, 3, 3, 1, 10, 6, 5, 6+1, 5, 2, 6"
                " from an awk count of '- [' bullets under each heading), the six link texts wrapped over two lines,"
                " the glued and empty parentheses ('(2019)', '()', '(ICJAI 2020)'), the four titles followed by venue"
                " and authors, the empty link, the Chinese title and the English-translated titles of Chinese papers;"
                " every bullet after line 181 looked at (none is a paper)")


if __name__ == "__main__":
    main()
