"""Repeated banners collapse; OCR doublings go; genuine reduplication stays."""

from __future__ import annotations

import pytest

from cleanup import Located, fix_text
from cleanup.banners import collapse_banners


def collapsed(text: str) -> str:
    return collapse_banners(Located.single(text, 1))[0].text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (" 助企攀登 推进制造强市建设··专题访谈专题访谈", " 助企攀登 推进制造强市建设·专题访谈"),
        ("乡村振兴先锋" * 32, "乡村振兴先锋"),
        ("撸起袖子加油干 喜迎党的十九大喜迎党的十九大", "撸起袖子加油干 喜迎党的十九大"),
    ],
)
def test_repeated_banners_collapse(raw: str, clean: str) -> None:
    assert collapsed(raw) == clean


@pytest.mark.parametrize(
    "kept", ["让党旗在一线高高飘扬", "研究研究再说", "回家看看", "一个一个地", "天天来给我送吃的", "观众齐声高喊加油加油加油"]
)
def test_genuine_repetition_is_not_a_banner(kept: str) -> None:
    assert collapsed(kept) == kept


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("聘请4名党建经验丰富的离退休老老干部，选派", "聘请4名党建经验丰富的离退休老干部，选派"),
        ("2021年新新发展党员76名", "2021年新发展党员76名"),
    ],
)
def test_ocr_doubling_removed(raw: str, clean: str) -> None:
    assert fix_text(raw) == clean


@pytest.mark.parametrize(
    "kept",
    [
        "扎实开展“党旗在基层一线高高飘扬”活动",
        "牢牢把握市直机关首先是政治机关的属性",
        "紧紧围绕习近平总书记",
        "定期召开市委常委会会议、党的建设领导小组会议",
        "有效助推泗水水果蔬菜粮食增产",
        "陪老人们聊聊天、说说话，帮他们打扫卫生",
        "还天天来给我送吃的",
        "本报邹城讯（通讯员 吴建建 赵海燕）",
        "本报通讯员 闫杰杰",
    ],
)
def test_genuine_reduplication_kept(kept: str) -> None:
    assert fix_text(kept) == kept
