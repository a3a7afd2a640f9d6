"""Wild34 truth for xupsh/pp4fpgas-cn BIBLIOGRAPHY.md: the bibliography of the Chinese translation of
"Parallel Programming for FPGAs" (HLS / FPGA design), pasted from the PDF.

Shape: 64 records, each a ``## N`` heading followed by a ```` ```latex ```` fence holding one
PDF-extracted reference (authors. Title. Venue, pages, year. [doi/URL]) wrapped over 1-4 lines.  The
PDF extraction left TeX OT1 ligature glyph codes as control characters (U+000B = ff, U+000C = fi,
U+000E = ffi: ``Pre\x0cx sums``, ``Hu\x0bman``, ``e\x0ecient``, 27 of them on 25 lines) and page ranges
read ``35{44``.  An entry spans its heading line to its closing fence.

Entries: the 39 records naming an article, conference/workshop paper, book chapter in proceedings
(#45), technical report (#11 Blelloch) or arXiv preprint (#48).  Not entries: books and textbooks
(#17, 18, 25, 26, 29, 30, 34, 35, 36, 41, 42, 50, 51, 57, 58), standards/specifications and manuals
(#2 SystemC, #6 AMBA AXI, #23 DEFLATE spec, #53 MISRA, #62-64 Xilinx user guides) and patents
(#7, 38, 59).

Titles: written here by hand per record number, as the fence writes them with line breaks collapsed
to one space, so a word the PDF hyphenated across a line stays split ("cus- tom", "FPGA- based",
"Ar- chitecture"); the ligature control characters are read as the letters they encode ("Prefix
sums", "Tradeoff analysis", "huffman encoding", "fir filters"), the way an HTML entity is decoded,
since they are an unambiguous glyph encoding and not text (10 titles hold one).

Ids: DOIs come from the lines; two DOIs are broken by the line wrap and are set by hand to the DOI as
written across the break: #32 ``10.1109/MASSP.`` + ``1984.1162257`` (lines 180-181) and #60
``10.1109/`` + ``FPT.2013.6718388`` (lines 333-334).  #20 breaks ``doi: 10.1145/`` / ``1327452...``
but its URL on line 115 gives the DOI whole.  #48 gives ``arXiv:1408.5870``.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "xupsh__pp4fpgas-cn__BIBLIOGRAPHY@75b1c37.md"
PART = "wild34_development"

TITLES = {
    1: "Modular multi-ported SRAM-based memories",
    3: "Highly concurrent computing structures for matrix arithmetic and signal processing",
    4: "Building a high performance bit-serial processor in an FPGA",
    5: "An empirical evaluation of high-level synthesis languages and tools for database acceleration",
    8: "Optimizing SDRAM bandwidth for cus- tom FPGA loop accelerators",
    9: "Tradeoff analysis and architecture design of a hybrid hardware/soft- ware sorter",
    10: "VPR: A new packing, placement and routing tool for FPGA research",
    11: "Prefix sums and their applications",
    12: "FPGA and CPLD architectures: A tutorial",
    13: "LegUp: high-level synthesis for FPGA- based processor/accelerator systems",
    14: "FPGA-accelerated 3D reconstruction using compressive sensing",
    15: "High-level synthesis for fpgas: From prototyping to deployment",
    16: "An algorithm for the machine calculation of complex fourier series",
    19: "Dynamic hazard resolution for pipelining irregular loops in high-level synthesis",
    20: "MapReduce: Simplified data processing on large clusters",
    21: "Fourier transform computers using CORDIC iterations",
    22: "Floating-point trigonometric functions for FPGAs",
    24: "The CORDIC algorithm: new results for fast VLSI implementation",
    27: "Fast fourier transforms: for fun and profit",
    28: "Hardware system synthesis from domain-specific languages",
    31: "Rigel: Flexible multi-rate image processing hardware",
    32: "Gauss and the history of the fast fourier transform",
    33: "A method for the construction of minimum-redundancy codes",
    37: "Composing multi-ported memories on FPGAs",
    39: "High throughput channel tracking for JTRS wireless channel emulation",
    40: "Pipeline interleaved programmable DSPs: Ar- chitecture",
    43: "Optimizing synchronous circuitry by retiming",
    44: "Architecture and synthesis for area-efficient pipelining of irregular loop nests",
    45: "Sorting units for FPGA-based embedded systems",
    46: "Designing a hardware in the loop wireless digital channel emulator for software defined radio",
    47: "Energy efficient canonical huffman encoding",
    48: "Enabling FPGAs for the masses",
    49: "Resolve: Generation of high-performance sorting architectures from high-level synthesis",
    52: "FPGA implementation of high speed fir filters using add and shift method",
    54: "Sorting networks on FPGAs",
    55: "A streaming high-throughput linear sorter system with contention buffering",
    56: "Understanding retiming through maximum average-weight cycles",
    60: "High-level synthesis of dynamic data structures: A case study using Vivado HLS",
    61: "Arithmetic coding for data compression",
}
NOT_PAPERS = {2, 6, 7, 17, 18, 23, 25, 26, 29, 30, 34, 35, 36, 38, 41, 42, 50, 51, 53, 57, 58, 59, 62, 63, 64}
DOI_FIX = {32: "10.1109/massp.1984.1162257", 60: "10.1109/fpt.2013.6718388"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heads = [(i + 1, int(m.group(1))) for i, ln in enumerate(lines) if (m := re.fullmatch(r"## (\d+)", ln))]
    assert [n for _, n in heads] == list(range(1, 65))
    for first, num in heads:
        assert lines[first] == "```latex", first
        last = next(j for j in range(first + 2, len(lines) + 1) if lines[j - 1] == "```")
        if num in NOT_PAPERS:
            continue
        title = TITLES[num]
        text = " ".join(lines[first + 1 : last - 1])
        text = text.replace("\x0b", "ff").replace("\x0c", "fi").replace("\x0e", "ffi")
        assert title in re.sub(r"\s+", " ", text), (num, title)
        p = entry(lines, first, last, title)
        if num in DOI_FIX:
            assert p["doi"] is None or DOI_FIX[num].startswith(p["doi"]), (num, p["doi"])
            p["doi"] = DOI_FIX[num]
        papers.append(p)
    assert len(TITLES) + len(NOT_PAPERS) == 64
    assert len(papers) == 39, len(papers)
    write_truth(NAME, PART, papers,
                "Each '## N' + latex-fenced reference naming an article, proceedings paper, report or preprint "
                "(books, standards, manuals and patents skipped) is one entry; its title is the reference's "
                "title as written, line wraps collapsed to a space (PDF hyphen splits kept, TeX ligature "
                "control codes U+000B/U+000C/U+000E read as ff/fi/ffi); two DOIs broken by the wrap are joined by hand.",
                "All 64 records read by eye against the file: paper/not-paper decision, every title, the "
                "DOIs of #1, 19, 20, 22, 31, 32, 37, 44, 49, 60 and the arXiv id of #48.")


if __name__ == "__main__":
    main()
