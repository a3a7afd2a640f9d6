"""Author lists keep being read as names when a publication page marks some of them (equal contribution,
corresponding author): such a list is never a title."""

from __future__ import annotations

import pytest

from zoterodigest.digest.generic.name_lists import is_name_list


@pytest.mark.parametrize("names", ["†Ann Barn, †Bob Tawny, Cy Hoot*", "Ann Barn#, Bob Tawny", "‡A Barn, B Tawny"])
def test_marked_names_are_names(names: str) -> None:
    assert is_name_list(names)


@pytest.mark.parametrize("title", ["C# for Owls, Barn Edition", "Owls Count Mice in the Snow at Night"])
def test_titles_stay_titles(title: str) -> None:
    assert not is_name_list(title)
