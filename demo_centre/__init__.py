"""`make demo`: a demo exam centre on this PC in one command (issue 19 #8).

A centre server on loopback (HTTPS, as a real centre serves) with a demo roster, question bank, exam and a
sitting for today; two exam-room stations and a proctor's PC, enrolled the way IT enrols them (an
enrolment code with the certificate's fingerprint), each opened in its own window; the accounts printed.
Results sat on the stations reach the server. Everything lives in ./demo-centre and is made on first use;
a later run reuses it and seats a new sitting when today has none. Demo credentials only: never a real
centre's.
"""
