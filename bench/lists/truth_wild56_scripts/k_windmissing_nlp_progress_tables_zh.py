"""Wild56 truth for windmissing/NLP-important-papers README.md: a Chinese NLP paper-reading tracker (the README of a
GitBook of paper notes), with per-topic tables whose first column names the paper and whose other columns are empty
reading-progress boxes (20%..100%); newest commit (9d7b159, 2020-11-10).

Shape: 81 lines, 3 KB.  An e-book link (1), ``# 论文来源：`` ("paper sources", 3) with five bare URLs (5-9: terryum's
awesome list, paperswithcode, a GitHub repo, a jianshu post, the ACL 2020 anthology page), ``# 表格说明`` ("table
legend", 11) with bullets ``- 20%`` .. ``- 100%`` and Chinese explanations of what each reading depth means (13-33),
then ``# 监督学习`` / ``# 非监督学习`` / ``# 未分类papter list`` with ``##`` topics (命令体识别 [sic, NER], 语言模型,
问答系统QA和阅读理解MRC, 机器翻译), each over a table ``|papter list|20%|40%|60%|80%|100%|`` whose rows have only the
first cell filled:

    |[2016 terryum] Neural Architectures for Named Entity Recognition, G. Lample et al. [[pdf]](http://aclweb...)|
    |[2020 ACL] Probabilistic Assumptions Matter: Improved Models for ... Question Answering | |
    |[2020 ACL] Harvesting and Refining Question-Answer Pairs for Unsupervised QA [pdf](https://...) [code](...)|

Special cases:
- The row cell starts with a bracketed ``[YEAR source]`` tag (``terryum`` = taken from terryum's list, or ``ACL``): not
  part of the title.
- terryum rows add ``, Authors`` after the title (``, G. Lample et al.``, ``, S. Zheng and S. Jayasumana.``) and a
  ``[[pdf]](url)`` link; 67 has ``[pdf](url) [code](url)``; the other ACL rows have no link at all.
- Rows end with ``|``, ``||`` or `` | |`` (54); the empty progress cells carry nothing.
- The source URLs (5-9) and the legend name no papers.
- arXiv ids only from the terryum pdf links at 47 (1602.02410) and 75 (1508.04025); no DOIs.

Decisions:
- Entry = each table row below a ``|---|`` separator: 13 entries, one line each.
- Title = the first cell without the ``[YEAR source]`` tag, the ``, Authors`` tail and the pdf/code links.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "windmissing__NLP-important-papers__README@9d7b159.md"
PART = "wild56_development"

ROW = re.compile(r"^\|\[(?P<year>\d{4}) (?P<src>[A-Za-z]+)\] (?P<cell>[^|]+)\|")
LINKS = re.compile(r"\s*\[\[?pdf\]\]?\(.*$")
AUTHORS = re.compile(r", [A-Z]\. .*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            continue
        assert lines[n - 2].startswith("|---|") or ROW.match(lines[n - 2]), (n, ln)
        title = AUTHORS.sub("", LINKS.sub("", m.group("cell"))).strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [41, 47, 53, 54, 55, 56, 57, 58, 67, 68, 69, 75, 81], sorted(by)
    assert by[41]["title"] == "Neural Architectures for Named Entity Recognition", by[41]
    assert by[47]["arxiv"] == "1602.02410", by[47]
    assert by[54]["title"] == (
        "Probabilistic Assumptions Matter: Improved Models for Distantly-Supervised Document-Level Question Answering"
    ), by[54]
    assert by[67]["title"] == "Harvesting and Refining Question-Answer Pairs for Unsupervised QA", by[67]
    assert by[75]["arxiv"] == "1508.04025", by[75]
    assert by[81]["title"] == "Conditional random fields as recurrent neural networks", by[81]
    write_truth(
        NAME,
        PART,
        papers,
        method="Each row of the per-topic '|papter list|20%|...|100%|' tables is an entry (one line).  Title = the"
        " first cell without its '[YEAR source]' tag ('[2016 terryum]', '[2020 ACL]'), without the ', Authors'"
        " tail of the terryum rows and without the [[pdf]]/[pdf]/[code] links; the empty progress cells, the"
        " source URLs and the Chinese reading-depth legend are not entries.",
        checked="Read the whole file and the -v output: the 13 rows and their titles (tags, author tails and links"
        " removed, the ' | |' row end at 54), the arXiv ids from the two arxiv pdf links, and that the five"
        " source URLs and the legend give no entries.",
    )


if __name__ == "__main__":
    main()
