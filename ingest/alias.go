package ingest

// aliases maps the headers real lists use to the fields Tizim reads. Keys are written as
// people write them; headerKey folds case, spaces and punctuation before the lookup, so
// "Birth Date", "birth_date" and "BIRTH-DATE" are one entry.
//
// Sources: the interchange columns of DESIGN.md; Chinese headers of public-security and court
// spreadsheets as described in the Xinjiang Police Files and Karakax List reporting (姓名,
// 性别, 民族, 身份证号, 户籍地, 关押地点, 罪名, 刑期, …); Uyghur (Arabic script and ULY Latin)
// and Russian headers of the Xinjiang Victims Database submission forms; common English
// spreadsheet headings.
var aliases = map[string][]string{
	"source": {"source", "source key", "list", "来源", "资料来源", "数据来源", "مەنبە", "menbe", "источник"},
	"record_id": {"record_id", "record id", "id", "row id", "entry", "entry id", "no", "no.", "number", "#",
		"编号", "序号", "记录号", "记录编号", "نومۇر", "تەرتىپ نومۇرى", "nomur", "номер", "№", "№ п/п"},
	"name": {"name", "names", "full name", "person", "person name", "victim", "victim name",
		"姓名", "名字", "人员姓名", "被关押人", "被关押人员", "ئىسىم", "ئىسىم فامىلىسى", "ismi", "isim",
		"ism familisi", "фио", "ф.и.о.", "полное имя"},
	"given_name": {"given_name", "given name", "first name", "forename", "名", "ئۆز ئىسمى", "öz ismi",
		"oz ismi", "имя"},
	"father_name": {"father_name", "father name", "father's name", "fathers name", "patronymic",
		"父名", "父亲名", "父亲名字", "ئاتىسىنىڭ ئىسمى", "atisining ismi", "dadisining ismi", "отчество", "имя отца"},
	"sex": {"sex", "gender", "性别", "جىنسى", "jinsi", "пол"},
	"birth_date": {"birth_date", "birth date", "date of birth", "dob", "born", "birthday", "birth year",
		"year of birth", "出生日期", "出生年月", "出生年月日", "出生时间", "生日", "出生年份",
		"تۇغۇلغان ۋاقتى", "تۇغۇلغان ۋاقىت", "tughulghan waqti", "дата рождения", "год рождения"},
	"id_number": {"id_number", "id number", "id no", "id card", "id card number", "national id",
		"identity number", "citizen id", "身份证号", "身份证号码", "身份证", "公民身份号码", "证件号码",
		"كىملىك نومۇرى", "kimlik nomuri", "номер удостоверения личности", "номер удостоверения"},
	"ethnicity": {"ethnicity", "ethnic group", "nationality (ethnic)", "民族", "族别", "مىللىتى",
		"milliti", "национальность"},
	"hometown": {"hometown", "home town", "home", "home place", "place of origin", "origin", "residence",
		"home address", "address", "birthplace", "place of birth", "籍贯", "户籍地", "户籍地址",
		"户籍所在地", "户口所在地", "住址", "家庭住址", "现住址", "现居住地", "出生地", "يۇرتى",
		"ئادرېسى", "yurti", "адрес", "место рождения", "место жительства", "родом из"},
	"status": {"status", "current status", "situation", "状态", "现状", "人员状态", "当前状态",
		"处理情况", "ئەھۋالى", "ehwali", "hazirqi ehwali", "статус", "положение"},
	"detained_on": {"detained_on", "detained on", "date detained", "detention date", "detained",
		"arrest date", "date of arrest", "arrested on", "关押时间", "拘留时间", "抓捕时间", "被抓时间",
		"收押日期", "收押时间", "入所时间", "关押日期", "تۇتۇلغان ۋاقتى", "tutulghan waqti",
		"дата задержания", "дата ареста"},
	"facility": {"facility", "place of detention", "detention place", "detention facility", "camp",
		"prison", "location", "关押地点", "关押场所", "羁押场所", "羁押地点", "所在监所", "监所",
		"قامالغان جاي", "qamalghan jay", "место содержания", "место заключения"},
	"sentence": {"sentence", "term", "prison term", "刑期", "判决结果", "判处", "كېسىلگەن جازا",
		"kesilgen jaza", "срок", "приговор"},
	"charges": {"charges", "charge", "accusation", "accusations", "crime", "reason", "罪名", "案由",
		"罪行", "关押原因", "ئەيىبى", "eyibi", "sewebi", "обвинение", "статья"},
	"notes": {"notes", "note", "remarks", "comment", "comments", "备注", "说明", "ئىزاھات",
		"izahat", "примечание", "примечания"},
	"consent": {"consent", "consent level", "同意", "رازىلىق", "raziliq", "согласие"},
	"home_code": {"home_code", "home code", "division code", "county code", "行政区划代码", "区划代码",
		"户籍地代码", "户籍地区划代码"},
	"occupation": {"occupation", "profession", "job", "职业", "职务", "身份", "كەسپى", "kespi",
		"профессия", "род занятий"},
}

// Field numbers, in the order of fields.
const (
	fSource = iota
	fRecordID
	fName
	fGiven
	fFather
	fSex
	fBirth
	fIDNumber
	fEthnicity
	fHometown
	fStatus
	fDetained
	fFacility
	fSentence
	fCharges
	fNotes
	fConsent
	fOccupation
	fHomeCode
	nFields
)

// fieldNumber maps a field's name to its number.
var fieldNumber = func() map[string]int {
	m := map[string]int{}
	for i, f := range fields {
		m[f] = i
	}
	return m
}()

// fields are the fields a column can map to, in the order previews list them.
var fields = []string{
	"source", "record_id", "name", "given_name", "father_name", "sex", "birth_date", "id_number",
	"ethnicity", "hometown", "status", "detained_on", "facility", "sentence", "charges", "notes", "consent",
	"occupation", "home_code",
}
