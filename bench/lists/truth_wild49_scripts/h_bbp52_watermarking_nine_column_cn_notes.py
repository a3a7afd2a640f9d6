"""Wild49 truth for BBP52/Awesome-Digital-Watermarking README.md: a Chinese student's reading table on document /
screen-shooting watermarking, newest of 77 commits touching README.md (6c1586f, 2023-09-27).  Small (12 papers),
taken for its shape: a nine-column note-taking table rather than a link list.

Shape: 26 lines, 5 KB.  ``# Digital Watermarking`` (1), a one-line description, a two-item contents list (4-5),
``## Papers`` (7) with a table (8-18) and ``## Papers2`` (21) with a second table (22-26).  Every table line starts
with a space before the pipe (`` | Title | Affiliation | Venue and Year | Methods | Merits | Demerits | Link |
Database | Code |``, rule rows 9/23).  The Title cell is bare text (no link); Affiliation is mostly Chinese
(``清华``, ``中国科大、南大``); Methods/Merits/Demerits hold Chinese notes, several with an inline figure
``![Pic](https://BBP52.github.io/pic/....jpg)``; Link is ``[Paper](url)``; Database and Code hold dataset/code links
(``[COCO](http://mscoco.org/)``, ``[code](https://gitlab.com/libtiff/libtiff)``) or nothing.  Line 19 is a lone
space.

Special cases:
- 11: the title is Chinese (``中文水印字库的自动生成方法``, a CJIG 2022 paper) and links to cjig.cn.
- 17: ``U-Net: Convolutional Networks for Biomedical Image Segmentation`` carries the same IEEE link as the row
  above it (document 9859725, a copy-paste slip); still its own entry, the title as written.
- Titles drop the colon of the real titles (``Kaleido You Can Watch It But Cannot Record It``, ``FontCode Embedding
  Information ...``, ``TERA Screen-to-Camera ...``): kept as written.
- Database/Code links (COCO, SIPI, libtiff, U-net page, GitHub) are datasets and code, not entries.

Decisions:
- Entry = every data row of the two tables (10-18, 24-26): 12 entries, one line each; title = the first cell.
- Ids: DOIs from the ACM ``dl.acm.org/doi/...`` links (10, 13) and the Wiley ``/doi/epdf/10.1049/...`` link (12);
  none from IEEE Xplore, cjig.cn or Optica.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "BBP52__Awesome-Digital-Watermarking__README@6c1586f.md"
PART = "wild49_development"

HEAD = " | Title | Affiliation | Venue and Year | Methods | Merits | Demerits | Link | Database | Code |"
RULE = re.compile(r"^ \|(?: -+ \|){9}$")
ROW = re.compile(r"^ \| (?P<title>[^|]+?) \|(?:[^|]*\|){6}(?:[^|]*\|){2}\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Digital Watermarking"
    papers = []
    heads = [n for n, ln in enumerate(lines, 1) if ln == HEAD]
    assert heads == [8, 22], heads
    for n, ln in enumerate(lines, 1):
        if ln == HEAD or RULE.match(ln) or not ln.startswith(" | "):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        cells = ln.strip().strip("|").split("|")
        assert len(cells) == 9 and re.search(r"\[Paper\]\(https?://", cells[6]), (n, cells)
        papers.append(entry(lines, n, n, m.group("title")))
    assert [p["line"] for p in papers] == [*range(10, 19), 24, 25, 26], [p["line"] for p in papers]
    t = {p["line"]: p for p in papers}
    assert (t[10]["title"], t[10]["doi"]) == ("Kaleido You Can Watch It But Cannot Record It", "10.1145/2789168.2790106")
    assert t[11]["title"] == "中文水印字库的自动生成方法", t[11]
    assert t[12]["doi"] == "10.1049/ipr2.12653", t[12]
    assert t[17]["title"] == "U-Net: Convolutional Networks for Biomedical Image Segmentation", t[17]
    assert t[26]["title"] == ("Face Spoofing Detection Based on Local Ternary Label Supervision in Fully"
                              " Convolutional Networks"), t[26]
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the two nine-column tables (10-18 and 24-26; rows start with ' | ') is an entry (12), title"
        " = the bare Title cell as written (Chinese title 11 kept, colon-less real titles kept); header/rule rows,"
        " the contents list and the Database/Code links are not entries.",
        "Read all 26 lines; compared -v for all 12 rows: the Chinese title 11, the inline ![Pic] figures in the Methods"
        " cells, empty note cells (16, 18, 25, 26), the duplicated IEEE link of the U-Net row 17; ids: ACM DOIs 10/13,"
        " the Wiley DOI 12, none from IEEE Xplore/cjig.cn/Optica links.",
    )


if __name__ == "__main__":
    main()
