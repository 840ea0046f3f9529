-- the station's database at schema v7 (release state of commit a37cf30, before known_attempts.makeup), for upgrade tests
CREATE TABLE settings (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE trusted_issuers (
	public_key BLOB NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	added_at DATETIME NOT NULL, 
	PRIMARY KEY (public_key)
);
CREATE TABLE trusted_servers (
	public_key BLOB NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	added_at DATETIME NOT NULL, 
	PRIMARY KEY (public_key)
);
CREATE TABLE learners (
	learner_no VARCHAR(40) NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	unit VARCHAR(200) NOT NULL, 
	unit_id VARCHAR(40), 
	status VARCHAR(20) NOT NULL, 
	rank VARCHAR(100) NOT NULL, 
	is_leader BOOLEAN NOT NULL, 
	password_hash VARCHAR(200) NOT NULL, 
	must_change_password BOOLEAN NOT NULL, 
	password_version INTEGER NOT NULL, 
	password_expires_at DATETIME, 
	failed_logins INTEGER NOT NULL, 
	locked_until DATETIME, 
	PRIMARY KEY (learner_no)
);
CREATE TABLE packages (
	package_id VARCHAR(36) NOT NULL, 
	exam_id VARCHAR(100) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	window_start DATETIME NOT NULL, 
	window_end DATETIME NOT NULL, 
	duration_minutes INTEGER NOT NULL, 
	max_attempts INTEGER NOT NULL, 
	counting VARCHAR(10) NOT NULL, 
	issuer_name VARCHAR(200) NOT NULL, 
	data BLOB NOT NULL, 
	imported_at DATETIME NOT NULL, 
	withdrawn_at DATETIME, 
	eligibility TEXT NOT NULL, 
	PRIMARY KEY (package_id)
);
CREATE INDEX ix_packages_exam_id ON packages (exam_id);
CREATE TABLE units (
	unit_id VARCHAR(40) NOT NULL, 
	parent_id VARCHAR(40), 
	name VARCHAR(200) NOT NULL, 
	level VARCHAR(20) NOT NULL, 
	PRIMARY KEY (unit_id)
);
CREATE TABLE revocations (
	what VARCHAR(20) NOT NULL, 
	"key" VARCHAR(100) NOT NULL, 
	detail TEXT NOT NULL, 
	received_at DATETIME NOT NULL, 
	PRIMARY KEY (what, "key")
);
CREATE TABLE study_plans (
	plan_id VARCHAR(100) NOT NULL, 
	year INTEGER NOT NULL, 
	data TEXT NOT NULL, 
	imported_at DATETIME NOT NULL, 
	PRIMARY KEY (plan_id)
);
CREATE INDEX ix_study_plans_year ON study_plans (year);
CREATE TABLE courses (
	course_id VARCHAR(100) NOT NULL, 
	revision INTEGER NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	category_id VARCHAR(100) NOT NULL, 
	year INTEGER NOT NULL, 
	issuer_name VARCHAR(200) NOT NULL, 
	data BLOB NOT NULL, 
	imported_at DATETIME NOT NULL, 
	PRIMARY KEY (course_id)
);
CREATE TABLE study_records (
	record_id VARCHAR(36) NOT NULL, 
	seq INTEGER NOT NULL, 
	learner_no VARCHAR(40) NOT NULL, 
	plan_id VARCHAR(100) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	body TEXT NOT NULL, 
	signature VARCHAR(100) NOT NULL, 
	created_at DATETIME NOT NULL, 
	delivered_at DATETIME, 
	PRIMARY KEY (record_id), 
	UNIQUE (seq)
);
CREATE INDEX ix_study_records_learner_no ON study_records (learner_no);
CREATE TABLE reading_positions (
	learner_no VARCHAR(40) NOT NULL, 
	course_id VARCHAR(100) NOT NULL, 
	chapter_id VARCHAR(100) NOT NULL, 
	scroll INTEGER NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (learner_no, course_id)
);
CREATE TABLE profiles (
	learner_no VARCHAR(40) NOT NULL, 
	phone VARCHAR(40) NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	completed_at DATETIME, 
	PRIMARY KEY (learner_no)
);
CREATE TABLE law_articles (
	id INTEGER NOT NULL, 
	law_title VARCHAR(200) NOT NULL, 
	version VARCHAR(10) NOT NULL, 
	in_force VARCHAR(10) NOT NULL, 
	number INTEGER NOT NULL, 
	sub INTEGER NOT NULL, 
	label VARCHAR(40) NOT NULL, 
	heading VARCHAR(200) NOT NULL, 
	text TEXT NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_law_articles_number ON law_articles (number, sub);
CREATE INDEX ix_law_articles_law_title ON law_articles (law_title);
CREATE TABLE practice_questions (
	question_id VARCHAR(100) NOT NULL, 
	bank VARCHAR(200) NOT NULL, 
	category VARCHAR(200) NOT NULL, 
	data TEXT NOT NULL, 
	PRIMARY KEY (question_id)
);
CREATE INDEX ix_practice_questions_category ON practice_questions (category);
CREATE TABLE wrong_answers (
	learner_no VARCHAR(40) NOT NULL, 
	question_id VARCHAR(100) NOT NULL, 
	source VARCHAR(20) NOT NULL, 
	wrong_count INTEGER NOT NULL, 
	right_streak INTEGER NOT NULL, 
	due_at DATETIME NOT NULL, 
	PRIMARY KEY (learner_no, question_id)
);
CREATE TABLE known_attempts (
	result_id VARCHAR(36) NOT NULL, 
	attempt_id VARCHAR(36) NOT NULL, 
	exam_id VARCHAR(100) NOT NULL, 
	learner_no VARCHAR(40) NOT NULL, 
	device_id VARCHAR(100) NOT NULL, 
	room VARCHAR(100) NOT NULL, 
	submitted_at VARCHAR(40) NOT NULL, 
	counted BOOLEAN NOT NULL, 
	received_at DATETIME NOT NULL, 
	PRIMARY KEY (result_id)
);
CREATE INDEX ix_known_attempts_attempt_id ON known_attempts (attempt_id);
CREATE INDEX ix_known_attempts_learner_no ON known_attempts (learner_no);
CREATE TABLE known_sittings (
	sitting_id VARCHAR(36) NOT NULL, 
	package_id VARCHAR(36) NOT NULL, 
	room VARCHAR(100) NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	starts_at VARCHAR(40) NOT NULL, 
	seats TEXT NOT NULL, 
	missing TEXT NOT NULL, 
	received_at DATETIME NOT NULL, 
	PRIMARY KEY (sitting_id)
);
CREATE INDEX ix_known_sittings_package_id ON known_sittings (package_id);
CREATE TABLE attempts (
	attempt_id VARCHAR(36) NOT NULL, 
	package_id VARCHAR(36) NOT NULL, 
	learner_no VARCHAR(40) NOT NULL, 
	variant VARCHAR(20) NOT NULL, 
	seed BLOB NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	closed_by_proctor BOOLEAN NOT NULL, 
	started_at DATETIME NOT NULL, 
	elapsed_ms INTEGER NOT NULL, 
	extra_ms INTEGER NOT NULL, 
	keys_wrapped BLOB NOT NULL, 
	saved_at DATETIME, 
	result_id VARCHAR(36), 
	score_text VARCHAR(20), 
	outcome VARCHAR(20), 
	PRIMARY KEY (attempt_id), 
	FOREIGN KEY(package_id) REFERENCES packages (package_id), 
	FOREIGN KEY(learner_no) REFERENCES learners (learner_no)
);
CREATE INDEX ix_attempts_learner_no ON attempts (learner_no);
CREATE INDEX ix_attempts_package_id ON attempts (package_id);
CREATE TABLE attempt_events (
	attempt_id VARCHAR(36) NOT NULL, 
	seq INTEGER NOT NULL, 
	blob BLOB NOT NULL, 
	PRIMARY KEY (attempt_id, seq), 
	FOREIGN KEY(attempt_id) REFERENCES attempts (attempt_id)
);
CREATE TABLE sealed_results (
	result_id VARCHAR(36) NOT NULL, 
	attempt_id VARCHAR(36) NOT NULL, 
	learner_no VARCHAR(40) NOT NULL, 
	exam_id VARCHAR(100) NOT NULL, 
	envelope BLOB NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	sealed_at DATETIME NOT NULL, 
	PRIMARY KEY (result_id), 
	UNIQUE (attempt_id), 
	FOREIGN KEY(attempt_id) REFERENCES attempts (attempt_id)
);
CREATE INDEX ix_sealed_results_learner_no ON sealed_results (learner_no);
CREATE TABLE outbox (
	result_id VARCHAR(36) NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	tries INTEGER NOT NULL, 
	last_error TEXT, 
	created_at DATETIME NOT NULL, 
	exported_at DATETIME, 
	delivered_at DATETIME, 
	PRIMARY KEY (result_id), 
	FOREIGN KEY(result_id) REFERENCES sealed_results (result_id)
);
CREATE VIRTUAL TABLE law_fts USING fts5(law_title, heading, label, text, content='law_articles', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE law_chars USING fts5(title, body, tokenize='unicode61');
PRAGMA user_version = 7;
