"""Open truth for extreme-assistant/CVPR2023-Paper-Code-Interpretation, CVPR2023.md (Chinese page).

Part 1 lists papers by topic as '[N]Title<br>' followed by '[paper](url) | [code](url)<br><br>';
parts 3 and 4 are WeChat write-ups and talk recordings about papers, not the papers.
"""
import re

from _open import Open

NAME = "extreme-assistant__CVPR2023-Paper-Code-Interpretation__CVPR2023@0857efb.md"


def main() -> None:
    t = Open(NAME)
    first = next(i for i, x in enumerate(t.lines, 1) if x.startswith("# 1."))
    last = next(i for i, x in enumerate(t.lines, 1) if x.startswith("# 3."))
    for i in range(first, last):
        m = re.match(r"\[[\d-]+\]\s*(.+?)\s*(?:<br>)?\s*$", t.line(i))
        if not m:
            continue
        end = i + 1 if i < last - 1 and t.line(i + 1).startswith("[") and "](" in t.line(i + 1) else i
        title = re.sub(r"\s*[(（][^()（）]*[\u4e00-\u9fff][^()（）]*[)）]\s*$", "", m.group(1))  # Chinese translation
        title = title.removesuffix("(YOLOv7)")  # a nickname note after one title
        t.add(i, end, title)
    t.write("every '[N]Title<br>' paragraph of part 1 (papers by topic) is an entry with its '[paper](url) |"
            " [code](url)' line, title = the text after the number, a Chinese translation in brackets after it"
            " dropped; the write-ups (part 3), talks (part 4), contents and news links are not papers",
            "the 15-entry sample, the count of numbered lines (920 + one '[3-]'), every title with a bracket,"
            " the link line of every entry starting '[paper]'")


if __name__ == "__main__":
    main()
