"""Wild22 truth for Windsander/Guideof-MultimediaArchitect Chapter_3/Language/cn/References_3.md.

The reference page of chapter 3 of a Chinese book on multimedia engineering (heading
'# 三、【参考文献】'): 35 numbered references, one paragraph each, every other line (blank lines
between), each starting '**[n]**'.  No links except one doi.org URL (line 50); DOIs are written as
'doi:10...' or 'doi: 10...' text.  The citation style changes from item to item: Wikipedia/CS1
('Surname, Given (year), "Title", Journal'), IEEE ('A. Author, "Title," Venue, ...'), APA-like
without quotes ('Authors (2011). Title. Venue.'), Chinese GB/T 7714 ('Yu J, ... Title[C]//Venue'
and '[J].'), PLOS ('Huston SJ, Krapp HG (2008) Title. PLoS Biol ...') and bare 'Author, year,
Title' (line 32).  Titles were written here one by one from the file (TITLES), without the
quotes, the '[C]'/'[J]' type marks, and a separator after the title ('.' or ',' inside or outside
the quotes, line 36's '."', line 56's '."').
Entries: journal and conference papers, a French paper (line 8), technical reports (lines 34 and
the two JVET contribution documents, lines 70, 72), Gauss's treatise printed in his collected
works (line 18, 'Theoria Interpolationis Methodo Nova Tractata'), Sobel's note 'History and
Definition of the Sobel Operator' (line 32, an unpublished manuscript), and a handbook chapter
('Optical Flow Estimation', line 52, a survey chapter in an edited volume).
Not entries (BOOKS): the books and textbooks [1] Fourier's Analytical Theory of Heat, [2]
Champeney's Handbook, [4] Rahman, [5] Stein & Weiss, [6] Wolf, [7] Grafakos, [14] Haralick &
Shapiro's Computer and Robot Vision (cited with a page range).
Special ids: line 54 writes 'CiteSeerX 10.1.1.173.481' before its DOI; the CiteSeerX id is not a
DOI; the entry's DOI is the 'doi:' one (10.1007/bf01420984), pinned in DOI_FIX (the helper
already returns it).
Count check: 35 '**[n]**' paragraphs = 28 entries + 7 books.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "Windsander__Guideof-MultimediaArchitect__Chapter_3__Language__cn__References_3@a379883.md"
PART = "wild22_development"
BOOKS = {1, 2, 4, 5, 6, 7, 14}
TITLES = {
    3: "Sur le théorème de Paley-Wiener invariant pour les groupes de Lie réductifs réels",
    8: "Theoria Interpolationis Methodo Nova Tractata",
    9: "Gauss and the history of the fast Fourier transform",
    10: "An algorithm for the machine calculation of complex Fourier series",
    11: "Historical notes on the fast Fourier transform",
    12: "Radix-2 Decimation in Time (DIT) FFT implementation based on a Matrix-Multiple Constant"
        " multiplication approach",
    13: "Bilateral filtering for gray and color images",
    15: "History and Definition of the Sobel Operator",
    16: "Orientation Histograms for Hand Gesture Recognition",
    17: "Histograms of Oriented Gradients for Human Detection",
    18: "High-Speed Tracking with Kernelized Correlation Filters",
    19: "Unitbox: An advanced object detection network",
    20: "Generalized Intersection Over Union: A Metric and a Loss for Bounding Box Regression",
    21: "Distance-IoU loss: Faster and better learning for bounding box regression",
    22: "Focal and efficient IOU loss for accurate bounding box regression",
    23: "Simvit: Exploring a simple vision transformer with sliding windows",
    24: "Visuomotor Transformation in the Fly Gaze Stabilization System",
    25: "Optical Flow Estimation",
    26: "Performance of optical flow techniques",
    27: "Determining optical flow",
    28: "An iterative image registration technique with an application to stereo vision",
    29: "Bi-directional optical flow for improving motion compensation",
    30: "Prediction Refinement with Optical Flow for Affine Motion Compensation",
    31: "Luma Mapping with Chroma Scaling in Versatile Video Coding",
    32: "Low Frequency Non-Separable Transform (LFNST)",
    33: "Joint Separable and Non-Separable Transforms for Next-Generation Video Coding",
    34: "CE 6.2. 6: Reduced Secondary Transform (RST)",
    35: "CE6: reduced secondary transform (RST)(CE6-3.1)",
}
DOI_FIX = {26: "10.1007/bf01420984"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    refs = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r"\*\*\[(\d+)\]\*\*", text)
        if not m:
            continue
        refs += 1
        n = int(m.group(1))
        assert n == refs, i
        if n in BOOKS:
            continue
        title = TITLES[n]
        assert title in text, (i, title)
        p = entry(lines, i, i, title)
        if n in DOI_FIX:
            p["doi"] = DOI_FIX[n]
        papers.append(p)
    assert refs == 35, refs
    assert len(papers) == 28, len(papers)
    write_truth(NAME, PART, papers,
                "each '**[n]**' reference paragraph is a record; the 7 books/textbooks ([1], [2], [4]-[7], [14])"
                " are not entries, the other 28 (papers, a French paper, tech reports, JVET documents, Gauss's"
                " treatise, Sobel's note, a handbook chapter) are; titles written by hand per reference without"
                " quotes, [C]/[J] marks or trailing separators",
                "all 35 references read by eye and classified; each hand-written title asserted to occur in its"
                " line; DOIs checked (doi:, 'doi: ', doi.org on line 50); line 54's CiteSeerX id is not taken as its DOI")


if __name__ == "__main__":
    main()
