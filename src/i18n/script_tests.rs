//! Each Chinese catalog is written in its own script: no Traditional-only
//! character in the Simplified catalogs, no Simplified-only one in the
//! Traditional ones. The lists are the characters of the catalogs that the
//! other script writes differently (made with OpenCC's `t2s` and `s2t`,
//! 2026-12-02; characters both scripts write alike, such as 准 or 游, are
//! not in them). The example command lines are left out: they are the
//! English help's, whose values are the sample records' Traditional text
//! (`examples.ftl`'s own note).

use std::path::Path;

use super::tests::{ROOT, catalog_files};

/// Characters of the Traditional catalogs that Simplified writes otherwise.
const TRADITIONAL_ONLY: &[&str] = &[
    "並亂佈佔併來個們傑備價儲內兩冊別刪則劃動務勵匯區協卻參員問啟喪單嚴圍圖團執報場塊",
    "夾學實審寫將專尋對導屬崗師帳帶幣幾庫張後徑從態應懷戰戶捨採揚換擁擇擔據敗數斷於時",
    "晉曆曠書會東條棄業榮標樣機檔檢檻欄權歷歸決沒況減準溝滿潛瀏為無營爭狀獎獲獻現環產",
    "畢畫當疊發監確碼礎稱競筆節範篩簡簽籤紀約純級細終組結絕絡給統經網緒線編縮總績繪繫",
    "繼續習聯職聽脫腳臨與舉舊華蓋薦處虛號衝補裝裡製複見規視覽訂計訊訓記訪設許訴診註評",
    "試話該詳認語誠誤說誰調談請論講謝證識議譽讀變讓負貢貨責費資購贏蹤較載輪輯輸轉辦這",
    "連週進運過達違遞適遲選遺還郵鄉釋銷錄錯鍵鎖鐘鑰長門閉開閒間閱關陣陳隊階際隨隱隸雙",
    "離電響頁頂項順須預頒頭題額顏顛類顧顯餘饋駁驗麼黃點齊",
];

/// Characters of the Simplified catalogs that Traditional writes otherwise.
const SIMPLIFIED_ONLY: &[&str] = &[
    "与专业东两严丧个临为举么义习书争于产从仓们价会余关内册写冲决况减几划则创删别办务",
    "动励区协单占却历参双发变叠号后听启员响团围图场块处备复头夹奖学实审对导将尔属岗币",
    "师带帮并库应开弃归当录径怀态总户执扩扬报担拥换据数断无旧时旷显晋机权条来标栏样档",
    "检槛毕汇沟没浏满潜点状献环现电监盖码础确离称竞笔筛签简类约级纯线组细终经结绘给络",
    "绝统继绩绪续缓编缩网职联脚节范荐荣获营虚补见规视览誉计订认让训议记讲许论设访证评",
    "识诉诊试诚话该详语误说请读谁调谈负贡责败账货费资赢踪转轮载较辑输达过运还这进违连",
    "迟适选递遗邮释里钟钥链销锁错键长门闭问闲间阅队阶际随隐隶页顶项顺须颁预题颜额颠馈",
    "驳验黄齐龄",
];

/// Each `file:line: character` of the catalogs of `lang` that holds one of
/// `foreign`, the example command lines left out.
fn foreign_characters(dir: &Path, foreign: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for path in catalog_files(dir) {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for (i, line) in text.lines().enumerate() {
            let example = line.contains("clientele ") || line.trim_start().starts_with("--");
            if line.starts_with('#') || (name == "examples.ftl" && example) {
                continue;
            }
            for c in line
                .chars()
                .filter(|c| foreign.iter().any(|f| f.contains(*c)))
            {
                found.push(format!("{name}:{}: {c}", i + 1));
            }
        }
    }
    found
}

fn catalogs(lang: &str) -> std::path::PathBuf {
    Path::new(ROOT).join("locales").join(lang)
}

#[test]
fn the_simplified_catalogs_hold_no_traditional_only_character() {
    let found = foreign_characters(&catalogs("zh-Hans"), TRADITIONAL_ONLY);
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn the_traditional_catalogs_hold_no_simplified_only_character() {
    let found = foreign_characters(&catalogs("zh-Hant"), SIMPLIFIED_ONLY);
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn a_foreign_character_is_found_outside_the_example_command_lines() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("writes.ftl"), "# 刪\nwrite-x = 已刪除\n").unwrap();
    std::fs::write(
        tmp.path().join("examples.ftl"),
        "examples-x =\n    clientele log --summary '回訪'\n        --note '回訪'\n    說明\n",
    )
    .unwrap();
    assert_eq!(
        foreign_characters(tmp.path(), TRADITIONAL_ONLY),
        ["examples.ftl:4: 說", "writes.ftl:2: 刪"]
    );
}
