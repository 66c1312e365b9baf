/**
 * @jest-environment node
 */
import { Workbook } from 'exceljs';
import { columnName, crc32, xlsxBytes } from './xlsx-sheet';

describe('xlsx sheet written in the browser', () => {
  it('names columns as Excel does and computes the zip checksum', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('is a workbook a spreadsheet reads back: Vietnamese text, numbers, empty cells, formulas kept as text', async () => {
    const bytes = xlsxBytes({
      name: 'Học viên: L01/2026',
      widths: [6, 30],
      header: ['STT', 'Họ và tên', 'Đơn vị', 'Vị trí chờ'],
      rows: [
        [1, 'Nguyễn Thị Hương', 'Xã Giao An', null],
        [2, '=HYPERLINK("http://x")', 'UBND <tỉnh> & "Sở"\u0007', 3],
      ],
    });
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Học viên  L01 2026');
    expect(ws.getRow(1).values).toEqual([undefined, 'STT', 'Họ và tên', 'Đơn vị', 'Vị trí chờ']);
    expect(ws.getRow(1).font?.bold ?? ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('B2').value).toBe('Nguyễn Thị Hương');
    expect(ws.getCell('D2').value).toBeNull();
    expect(ws.getCell('B3').value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell('C3').value).toBe('UBND <tỉnh> & "Sở"');
    expect(ws.getCell('D3').value).toBe(3);
    expect(ws.getColumn(2).width).toBe(30);
  });
});
