-- gwr_decode(blob [, charset [, on_error]]): the same sentence through each charset.
-- 全区生产总值增长５．２％，市场活力增强。
SELECT gwr_decode(x'C8ABC7F8C9FAB2FAD7DCD6B5D4F6B3A4A3B5A3AEA3B2A3A5A3ACCAD0B3A1BBEEC1A6D4F6C7BFA1A3', 'GB18030');
SELECT gwr_decode(x'C8ABC7F8C9FAB2FAD7DCD6B5D4F6B3A4A3B5A3AEA3B2A3A5A3ACCAD0B3A1BBEEC1A6D4F6C7BFA1A3', 'GBK');
SELECT gwr_decode(x'C8ABC7F8C9FAB2FAD7DCD6B5D4F6B3A4A3B5A3AEA3B2A3A5A3ACCAD0B3A1BBEEC1A6D4F6C7BFA1A3', 'GB2312');
SELECT gwr_decode(x'68513A531F75A74E3B603C509E587F9515FF0EFF12FF05FF0CFF025E3A573B6D9B529E583A5F0230', 'UTF-16LE');
SELECT gwr_decode(x'5168533A751F4EA7603B503C589E957FFF15FF0EFF12FF05FF0C5E02573A6D3B529B589E5F3A3002', 'UTF-16BE');
SELECT gwr_decode(x'E585A8E58CBAE7949FE4BAA7E680BBE580BCE5A29EE995BFEFBC95EFBC8EEFBC92EFBC85EFBC8CE5B882E59CBAE6B4BBE58A9BE5A29EE5BCBAE38082', 'UTF-8');
-- 臺灣經濟成長率為３％。 in Big5
SELECT gwr_decode(x'BB4FC657B867C0D9A6A8AAF8B276ACB0A2B2A248A143', 'Big5');
-- GB18030 reaches beyond the BMP (增长 U+1F600)
SELECT gwr_decode(x'D4F6B3A49439FC36', 'GB18030') = '增长' || char(0x1F600);
-- ICU's aliases work; names are case-insensitive
SELECT gwr_decode(x'C4E3BAC3', 'cp936'), gwr_decode(x'C4E3BAC3', 'gbk'), gwr_decode(x'604F7D59', 'utf-16le');
-- without a charset: a BOM decides (and is dropped), then UTF-8 validity
SELECT gwr_decode(x'EFBBBFE5A29EE995BF'), gwr_decode(x'FFFE9E587F95'), gwr_decode(x'FEFF589E957F');
SELECT gwr_decode(CAST('已是 UTF-8 的文本' AS BLOB));
-- with a charset, a BOM is a character like any other (U+FEFF), which gwr_normalize drops
SELECT hex(gwr_decode(x'FFFE9E58', 'UTF-16LE')), gwr_normalize(gwr_decode(x'FFFE9E58', 'UTF-16LE'));
-- undecodable bytes: an error naming the byte offset and the charset, or U+FFFD on request
SELECT gwr_decode(x'C4E3BA', 'GBK');
SELECT gwr_decode(x'C4E3BA', 'GBK', 'replace') = '你' || char(0xFFFD);
SELECT gwr_decode(x'616281' || x'7F', 'GB18030');
SELECT gwr_decode(x'E4BDA0FF', 'UTF-8');
SELECT gwr_decode(x'E4BDA0FFE5A5BD', 'UTF-8', 'replace');
SELECT gwr_decode(x'D800', 'UTF-16BE');
SELECT gwr_decode(x'C4E3', 'GBK', 'strict');
SELECT gwr_decode(x'C4E3', 'GBK', 'ignore');
SELECT gwr_decode(x'C4E3', 'no-such-charset');
SELECT gwr_decode(x'C4E3', '');
SELECT gwr_decode(x'C4E3', 936);
-- NULL in, NULL out; an empty blob is an empty text
SELECT typeof(gwr_decode(NULL)), typeof(gwr_decode(NULL, 'GBK')), quote(gwr_decode(x'')), quote(gwr_decode(x'', 'GBK'));
-- A UTF-8 byte order mark before ill-formed bytes (here a surrogate, ED A1 BE) is no
-- licence to pass them through: strict names the byte, replace substitutes U+FFFD
SELECT hex(gwr_decode(x'EFBBBFE4B8ADEDA1BE'));
SELECT hex(gwr_decode(x'EFBBBFE4B8ADEDA1BE', NULL, 'replace')) IN ('E4B8ADEFBFBD', 'E4B8ADEFBFBDEFBFBDEFBFBD');
-- offsets count from the start of the blob, its byte order mark included
SELECT gwr_decode(x'FFFE2D4E00D8');
