"""Wild53 truth for Chen0831/ecc ``参考文献.md`` ("references"): a Chinese civil-engineering student's working reference
list on engineered cementitious composites (ECC, bendable fibre concrete), newest commit touching the file
(db20e21, 2017-01-18, message "Updates 国外.md").  Pasted from a thesis PDF and half-edited: GB/T 7714 type codes, OCR
artifacts, two separate numbered runs, no Markdown markup, no links.

Shape: 53 lines, 3 KB, two blank lines on top.
- Run 1, lines 3-32, ``[2]`` .. ``[12]`` (there is no [1]): seven Chinese references (3-20) in GB/T style with
  full-width punctuation -- ``[2]孙伟．新型结构材料的发展与应用［C]. 新型结构材料与体系. ...`` -- each wrapped over two
  lines where the PDF broke them (3-4, 6-7, 9-10, 12-13, 15-16, 18-19; [8] on one line 20, right after [7] with no
  blank line), type codes ``［C]``, ``［J］``, ``［D］`` (thesis: ``博士学士论文`` doctoral, ``硕士学士论文`` master); then
  four English ones (22, 25, 28-29, 32) whose PDF line breaks glued words together (``trappingmechanism``,
  ``Development ofGreen ECC``, ``Full-ScaleProduction``, ``Means ofInternal``) and with type codes after a space
  (``Systems [C].``).
- Run 2, lines 40-51, ``[1]`` .. ``[6]`` then ``[8]``, numbering restarting at 1: English GB/T references without
  spaces after the periods (``[1]Anna V B.Self-Healing Concrete[J].Forbes,2009,...``), PDF hyphenation left in
  (``Re-view``, ``Engi-neered``, ``Character-ization``, ``Be-havior``) and glued words (``TensileLoading``).
  40 and 42 end with two spaces (Markdown line break).

Special cases:
- 46 ``[4]Cycles[J].Materials Re-search,2010,13(2):225-231.``: the authors and all but the last word of the title
  were lost in the paste; the written title is ``Cycles`` -- kept as written.
- 51 ``[8]PVA_ECC的最优配比及力学性能试验研究_郑玉国西安建筑科技大学硕士学位论文``: a thesis written like a file name,
  title ``_`` author+university ``硕士学位论文`` (master's thesis): an entry, title = the part before the author.
- 40 ``Self-Healing Concrete`` appeared in Forbes, a magazine, but the list types it ``[J]`` like its other journal
  papers: kept as an entry.
- Theses (6, 18, 20, 51) count as research works; the forum proceedings paper (3) too.
- Numbers [2]-[6] and [8] occur in both runs: different works, all kept.

Decisions:
- Entry = every ``[n]`` reference of both runs, from its ``[n]`` line through its wrapped continuation (18 entries).
- Title = the text between the author part and the type code, as written (glued words, hyphenation and typos kept);
  the author/title boundary differs per style (full-width ``．``, ``.``, ``. ``, ``.. ``), so titles are listed per
  entry below and each is checked to sit in its entry directly before the type code (or ``_`` for 51).
- No ids: the file has no arXiv ids, DOIs or links.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "Chen0831__ecc__参考文献@db20e21.md"
PART = "wild53_development"

START = re.compile(r"^\[(?P<n>\d+) ?\]")
TITLES = {
    3: "新型结构材料的发展与应用",
    6: "纤维增强水泥基复合材料假应变硬化及断裂特性研究",
    9: "高韧性纤维增强水泥基复合材料的抗拉性能",
    12: "超高韧性水泥基复合材料直接拉伸试验研究",
    15: "超高韧性纤维增强水泥基复合材料基本力学性能",
    18: "PVA纤维增强水泥基复合材料力学性能试验研究",
    20: "高性能纤维增强水泥基复合材料的力学性能研究",
    22: "Durable repair of aged infrastructures using trappingmechanism of engineered cementitious composites",
    25: "Development ofGreen ECC for Sustainable Infrastructure Systems",
    28: "Tensile Properties of ECC in Full-ScaleProduction",
    32: "Modified ECC by Means ofInternal Impregnation",
    40: "Self-Healing Concrete",
    42: "On Engineered Cementitious Composites(ECC)-A Re-view of the Material and Its Applications",
    44: "Behavior of Hybrid-fiber Engi-neered Cementitious Composites Subjected to Dynamic TensileLoading and"
        " Projectile Impact",
    46: "Cycles",
    48: "Effect of Matrix Ductility on Deformation Be-havior of Steel Reinforced ECC Flexural Members Under"
        " Re-versed Cyclic Loading Conditions",
    50: "Self-Healing Character-ization of Engineered Cementitious Composites",
    51: "PVA_ECC的最优配比及力学性能试验研究",
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == lines[1] == "", lines[:2]
    starts = [n for n, ln in enumerate(lines, 1) if START.match(ln)]
    assert starts == sorted(TITLES), starts
    numbers = [int(START.match(lines[n - 1]).group("n")) for n in starts]
    assert numbers == [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 8], numbers
    papers = []
    for i, n in enumerate(starts):
        last = n
        while last < len(lines) and lines[last].strip() and last + 1 not in starts:
            last += 1
        text = "".join(lines[n - 1 : last])
        title = TITLES[n]
        after = r"_郑玉国" if n == 51 else r"\s*[［\[][CDJ][\]］]"
        assert re.search(re.escape(title) + after, text), (n, title, text)
        papers.append(entry(lines, n, last, title))
    assert [(p["line"], p["end"]) for p in papers] == [
        (3, 4), (6, 7), (9, 10), (12, 13), (15, 16), (18, 19), (20, 20), (22, 22), (25, 25), (28, 29), (32, 32),
        (40, 40), (42, 42), (44, 44), (46, 46), (48, 48), (50, 50), (51, 51)], [(p["line"], p["end"]) for p in papers]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '[n]' reference of the two numbered runs ([2]-[12] on 3-32, [1]-[6],[8] on 40-51) is an entry (18),"
        " spanning its PDF-wrapped continuation line; title = the text between the author part and the GB/T type"
        " code ([C]/[J]/[D], half- or full-width), as written with glued words and hyphenation artifacts; the"
        " truncated '[4]Cycles[J]' keeps 'Cycles'; the file-name-like thesis 51 keeps the part before '_author';"
        " theses, the forum proceedings paper and the Forbes piece typed [J] are kept; no ids in the file.",
        "Read all 53 lines; compared -v for all 18 entries: spans of the wrapped Chinese references (3-4 .. 18-19)"
        " and 28-29, [8] on 20 directly after [7], each title asserted to sit right before its type code, the"
        " duplicate numbers of the two runs kept apart, no arXiv/DOI anywhere.",
    )


if __name__ == "__main__":
    main()
