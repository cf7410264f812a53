/** The workspace screen's own words (the domain's messages are in src/lib/chi-bo/messages.ts). */

export const statusMessages = {
  conflict: 'Chưa lưu: đang chờ đồng chí chọn giữ bản nào (xem dưới đây).',
  problem: 'Chưa lưu được dữ liệu chi bộ trên máy này.',
  saved: (time: string) => `Đã lưu dữ liệu chi bộ trên máy này lúc ${time}.`,
  idle: 'Dữ liệu chi bộ được lưu trên máy này ngay khi đồng chí nhập.',
  granted: 'Trình duyệt đã nhận giữ dữ liệu chi bộ lâu dài.',
  refused: 'Trình duyệt chưa nhận giữ lâu dài: nên bấm “Lưu tệp danh sách về máy” để có một bản trong máy.',
  otherUpdated: (time: string) =>
    `Dữ liệu chi bộ vừa được sửa ở một thẻ (cửa sổ) khác; trang này đã lấy bản đó lúc ${time}.`,
  otherDeleted:
    'Dữ liệu chi bộ vừa bị xóa ở một thẻ (cửa sổ) khác. Danh sách vẫn còn trên trang này; nếu đồng chí sửa tiếp, nó sẽ được lưu lại.',
} as const;
