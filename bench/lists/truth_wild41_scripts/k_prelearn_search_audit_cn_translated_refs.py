"""Wild41 truth for prelearn-code/PaperNotes 06_MyPaper/Search_Audit/paper_cn.md: a graduate student's own
manuscript draft in Chinese (verifiable search and multi-replica auditing for encrypted decentralized storage), kept
in their Obsidian paper-notes vault; its paper list is the closing "## 参考文献" with 49 numbered references whose
titles, venues and (for Chinese authors) names are translated into Chinese.

Shape: 1736 lines.  A title (1), 摘要, 关键词, numbered sections ("## 1 引言" ...) and appendices "## 补充材料A" to
"## 补充材料D" (up to 1636): prose, LaTeX display maths ($$ ... $$), code-like state machines, tables, with inline
citations in brackets ("[1]", "[2,4]") on 25 lines -- running prose, not references.  "## 参考文献" (1638) then holds
one reference per line, blank lines between (1640, 1642, ..., 1736):
    [N] Authors，“Title”，《Journal》，第V卷，第I期，YEAR年，第P-Q页，DOI：10.xxxx/yyyy。
written with full-width punctuation: author names separated by "，", the title in curly quotes “...”, journals in
《》 ("《IEEE计算机汇刊》" = IEEE Transactions on Computers), conferences spelled out in Chinese ("第14届ACM计算机与通信
安全会议" = CCS 2007, "亚洲密码学会议" = ASIACRYPT, "网络与分布式系统安全会议" = NDSS), "DOI：" with a full-width
colon and the reference closed by a full-width full stop "。" right after the DOI (25 references give a DOI).  Chinese
authors' names are given in Chinese characters (1-4), others in Latin letters ("G. Ateniese，R. Burns，..."); titles
with a scheme name keep it ("“Sophos：前向安全可搜索加密”" 18 (line 1674), "“HAIL：云存储的高可用性与完整性层”" 35).
Only the last reference (49, line 1736) is left in English IEEE style: ``Y. Miao, K. Gai, ..., “Collaborative and
Searchable Integrity Auditing for Multi-Copy Data in Decentralized Storage,” *IEEE Transactions on Dependable and
Secure Computing*, vol. 22, ..., DOI: 10.1109/TDSC.2025.3597368.`` with the comma inside the closing quote.  Three
references are not papers: RFC 9380 "哈希到椭圆曲线" (46, an IETF standard), and the CometBFT and drand project
documentation "2026年访问" (47, 48).  The Ethereum yellow paper (27, "以太坊黄皮书，2025年修订版") is a technical paper.

Decisions:
- Entries: the reference lines 1640-1736 except [47] and [48] (project documentation, like tool docs): 47 entries.
  [46] RFC 9380 is counted as an entry: an authored, titled, dated technical document of the IETF series (a
  technical report in the sense of the entry rules); [27] the Ethereum yellow paper likewise.  Inline citations in
  the manuscript body are not entries, nor are the rows of its two comparison tables (117-120, 133-136: "| Song等[1]
  | 单节点搜索—审计统一证明 | ..."), which compare the schemes of references [1], [49], [4], [2] by author and number,
  name no title and belong to the manuscript's argument, not to a list.
- Title: the text inside the curly quotes, as written (the Chinese translation, since the file gives no other title;
  for [49] the English title, its final comma dropped).
- Ids: the DOI each reference writes after "DOI："/"DOI: ", lower-cased.  The shared helper would keep the full-width
  full stop "。" that closes the reference glued to the DOI (the DOI pattern stops only at ASCII separators), so the
  script strips a trailing "。" from the DOI; no reference gives an arXiv id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "prelearn-code__PaperNotes__06_MyPaper__Search_Audit__paper_cn@8281739.md"
PART = "wild41_development"

REF = re.compile(r"^\[(?P<num>\d+)\] (?P<body>.+)$")
QUOTED = re.compile(r"“(?P<t>[^”]+)”")
NOT_PAPERS = {47: "CometBFT项目", 48: "drand项目"}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## 参考文献") + 1
    assert start == 1638, start
    papers = []
    numbers = []
    with_doi = 0
    for n in range(start + 1, len(lines) + 1):
        ln = lines[n - 1]
        if not ln.strip():
            continue
        m = REF.match(ln)
        assert m, (n, ln)
        num = int(m.group("num"))
        numbers.append(num)
        if num in NOT_PAPERS:
            assert m.group("body").startswith(NOT_PAPERS[num]), (n, ln)
            continue
        q = QUOTED.search(m.group("body"))
        assert q, (n, ln)
        p = entry(lines, n, n, q.group("t"))
        if p["doi"]:
            with_doi += 1
            p["doi"] = p["doi"].removesuffix("。")
            assert re.fullmatch(r"10\.\d{4,9}/[-._;()/:a-z0-9]+", p["doi"]), (n, p["doi"])
        papers.append(p)
    assert numbers == list(range(1, 50)), numbers
    assert with_doi == 25, with_doi
    assert len(papers) == 47, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered reference line under '## 参考文献' (1640-1736) is one entry except the two project-documentation"
        " references [47] CometBFT and [48] drand (47 entries; RFC 9380 [46] and the Ethereum yellow paper [27] count"
        " as technical reports); title = the text inside the curly quotes as written (Chinese translations; [49]"
        " English, final comma dropped); DOI from 'DOI：' with the closing full-width '。' stripped; inline citations in"
        " the manuscript body and its scheme-comparison table rows ('Song等[1] | ...') are not entries.",
        "Script asserts the references run [1]-[49] one per line after '## 参考文献' (1638), a quoted title in each"
        " counted reference, 25 DOIs, all well-formed after stripping '。'; -v output compared by eye with all 49"
        " reference lines (Chinese-named authors 1-4, the full-width colons in 'Sophos：' 18 and 'HAIL：' 35, the"
        " English IEEE-style [49] with its comma inside the quotes, the non-paper [46]-[48] decisions) and the body"
        " sampled (sections 1, 2, appendices A-D): only inline citations and the two scheme-comparison tables 117-120 and"
        " 133-136, which are not entries.",
    )


if __name__ == "__main__":
    main()
