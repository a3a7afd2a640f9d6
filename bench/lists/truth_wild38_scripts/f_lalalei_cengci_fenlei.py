"""Wild38 truth for lalalei21/lalalei21.github.io source/_posts/nlp/hierarchical_classification.md: a Hexo
blog post in Chinese, "层次文本分类论文（Hierarchical Text Classification）", a student's reading notes on
hierarchical text classification papers (2019).  The post exists only on the repository's "hexo" source
branch (master holds the generated site); the file is taken from that branch's newest commit, 84e8d0e.

Shape: front matter (1-10), a short intro and a "### 存在问题" bullet list (13-16, problems, not papers),
then:
- "### 论文集锦" (19): a six-column table "| 序号 | 论文标题 | 发表机构 | 简单描述 | 代码 | 备注 |" (20-21
  header), 17 paper rows 22-38 numbered "00".."03", "1".."13", then an all-blank row 39 (not an entry).
  Titles in column 2, often in bold; row 34 links its title to the notes heading further down
  ("[Weakly-Supervised ...](#Weakly-...)").  Row 25 links a ScienceDirect pii URL (not a DOI); code links
  in column 5 and a dataset link in row 32's remarks are not entries of their own.  Row 36
  "NeuralClassifier: An Open-source Neural Hierarchical Multi-label Text Classification Toolkit" is the
  ACL 2019 demo paper of Tencent's toolkit -- a paper, kept.
- two bare paragraphs 41 and 43 after the table, each only a paper title with a trailing space ("A
  structured self-attentive sentence embedding", "Generative and discriminative text classification with
  recurrent neural networks") -- reading-list records without venue, kept as entries, title as written.
- "### 专利分类毕业论文" (45): a note line with a CNKI link (47, not an entry) and a second table
  "| 论文标题 | 作者 | 时间 | 来源 | ... |" (49-50 header) of three Chinese master's theses (51-53): title in
  column 1.
- "#### Weakly-Supervised Hierarchical Text Classification" (57): a notes section on one paper (摘要, 方法,
  实验, 想法 bullets, formulas) running to line 125 (126 is the final empty line) -- a heading record
  whose subject is one paper, an entry on 57-125 although the same paper is row 34 of the table (repeated
  records are separate entries).  Its bullet sub-headings (Pseudo Document Generation, ...) are method
  steps, not papers; the NYT/arXiv/Yelp links of line 117 are datasets.
No DOIs, no arXiv ids.  23 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "lalalei21__lalalei21.github.io__source___posts__nlp__hierarchical_classification@84e8d0e.md"
PART = "wild38_development"

BARE = {41, 43}
NOTES = (57, 125)


def cells(text: str) -> list[str]:
    return [c.strip() for c in text.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    counts: dict[str, int] = {}
    for n, text in enumerate(lines, 1):
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if not text.startswith("|") or re.match(r"^\|\s*-", text) or "论文标题" in text:
            continue
        row = cells(text)
        if section == "论文集锦":
            if not any(row):
                assert n == 39, n
                continue
            assert re.fullmatch(r"\d+", row[0]), n
            title = row[1]
        elif section == "专利分类毕业论文":
            title = row[0]
        else:
            raise AssertionError(n)
        counts[section] = counts.get(section, 0) + 1
        papers.append(entry(lines, n, n, title))

    for n in BARE:
        assert lines[n - 1].strip() and not lines[n - 2].strip() and not lines[n].strip(), n
        papers.append(entry(lines, n, n, lines[n - 1].strip()))

    first, last = NOTES
    assert lines[first - 1].startswith("#### ") and lines[last - 1].strip() and not lines[last].strip()
    assert not any(t.strip() for t in lines[last:])
    papers.append(entry(lines, first, last, lines[first - 1][5:].strip()))

    for p in papers:
        own = re.sub(r"\*\*|\[|\]\([^)]*\)", "", "\n".join(lines[p["line"] - 1 : p["end"]]))
        assert p["title"] in own, p
    assert counts == {"论文集锦": 17, "专利分类毕业论文": 3}, counts
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered row of the '论文集锦' table (title = column 2, bold and the anchor link removed), the two "
        "bare title paragraphs 41 and 43, each of the three Chinese master's theses of the '专利分类毕业论文' table "
        "(title = column 1) and the '#### Weakly-Supervised Hierarchical Text Classification' notes section "
        "(57-125, title = heading) are entries; the blank table row 39, the problem bullets and the links to "
        "code, datasets and CNKI are not.",
        "Read all 126 lines; all 17 rows of the first table (bold titles, the anchor-linked row 34, the toolkit "
        "paper 36, the blank row 39), the bare titles 41/43, the three thesis rows 51-53 and the notes section "
        "57-125 compared with the -v output.",
    )


if __name__ == "__main__":
    main()
