/**
 * The demo shop's Vietnamese texts (issue 14): every category and a third of the workflows, written as a
 * Vietnamese shopper searches. Keyed by the English category slug / workflow title (db/seed/content*.ts);
 * a workflow without an entry shows its English text to Vietnamese readers.
 */
import type { Level, SeedWorkflow } from './content';

export type SeedCategoryVi = { name: string; description: string };

export const seedCategoriesVi: Readonly<Record<string, SeedCategoryVi>> = {
  marketing: {
    name: 'Tiếp thị',
    description: 'Chiến dịch, nội dung và đăng bài mạng xã hội tự chạy, từ thu thập khách tiềm năng đến bản tin email.',
  },
  'sales-crm': {
    name: 'Bán hàng & CRM',
    description:
      'Giữ phễu bán hàng gọn gàng: làm giàu dữ liệu khách tiềm năng, đồng bộ danh bạ và báo ngay khi có cơ hội lớn.',
  },
  'customer-support': {
    name: 'Chăm sóc khách hàng',
    description:
      'Phân loại yêu cầu hỗ trợ, trả lời câu hỏi thường gặp và không bỏ sót khách hàng nào đang không hài lòng.',
  },
  'ai-agents': {
    name: 'Trợ lý AI',
    description: 'Tác tử AI dùng mô hình ngôn ngữ lớn để đọc, tóm tắt, phân loại và soạn thảo thay bạn.',
  },
  'finance-accounting': {
    name: 'Tài chính & Kế toán',
    description: 'Hóa đơn, thanh toán, đối soát và báo cáo mà không cần sao chép thủ công.',
  },
  'e-commerce': {
    name: 'Thương mại điện tử',
    description: 'Đơn hàng, tồn kho và tin nhắn cho khách của cửa hàng Shopify và WooCommerce.',
  },
  'devops-it': {
    name: 'DevOps & CNTT',
    description: 'Cảnh báo, triển khai, sao lưu và lịch trực cho đội kỹ thuật.',
  },
  'hr-operations': {
    name: 'Nhân sự & Vận hành',
    description: 'Tiếp nhận nhân viên mới, đơn xin nghỉ phép, tuyển dụng và công việc văn phòng hằng ngày.',
  },
};

export type SeedWorkflowVi = { title: string; short: string; intro: string };

export const seedWorkflowsVi: Readonly<Record<string, SeedWorkflowVi>> = {
  'Monthly invoice reminders from Google Sheets via Gmail': {
    title: 'Tự động gửi email nhắc thanh toán hóa đơn quá hạn từ Google Sheets',
    short: 'Gửi email nhắc nhở lịch sự cho từng hóa đơn quá hạn trong bảng tính, theo lịch hằng tuần.',
    intro:
      'Đòi nợ khách luôn khó mở lời nên thường bị chậm trễ. Bạn chỉ cần ghi hóa đơn vào Google Sheets: mỗi sáng thứ Hai, quy trình này gửi email nhắc thanh toán nhẹ nhàng cho từng hóa đơn đã quá hạn và ghi lại ngày nhắc.',
  },
  'Extract invoice data from Gmail attachments with OpenAI': {
    title: 'Trích xuất dữ liệu hoá đơn điện tử từ email Gmail bằng OpenAI',
    short: 'Đọc hoá đơn PDF gửi đến Gmail và ghi nhà cung cấp, ngày, tổng tiền và thuế GTGT vào Google Sheets.',
    intro:
      'Nhập tay từng hoá đơn đầu vào vừa mất thời gian vừa dễ sai. Khi có email kèm hoá đơn PDF, OpenAI đọc tệp đính kèm và điền nhà cung cấp, mã số thuế, ngày, tổng tiền và thuế GTGT vào Google Sheets cho kế toán.',
  },
  'Match VietQR bank transfers to orders in Postgres': {
    title: 'Đối soát chuyển khoản VietQR với đơn hàng trong Postgres',
    short: 'Khớp thông báo chuyển khoản ngân hàng với đơn hàng đang chờ theo nội dung và số tiền.',
    intro:
      'Kiểm tra sao kê ngân hàng để xác nhận từng đơn chuyển khoản là việc lặp đi lặp lại mỗi ngày. Quy trình này nhận biến động số dư, tìm đơn hàng có mã tham chiếu và số tiền khớp trong Postgres, đánh dấu đã thanh toán và báo qua Telegram.',
  },
  'WooCommerce order confirmations on Zalo': {
    title: 'Gửi xác nhận đơn hàng WooCommerce qua Zalo',
    short: 'Gửi tin nhắn Zalo tóm tắt đơn hàng ngay khi khách đặt hàng trên WooCommerce.',
    intro:
      'Email xác nhận hay rơi vào thư rác, còn tin nhắn Zalo thì khách đọc ngay. Khi có đơn WooCommerce mới, khách nhận được tóm tắt đơn hàng từ Zalo Official Account của cửa hàng bạn.',
  },
  'Send Zalo OA messages to new subscribers': {
    title: 'Gửi tin nhắn chào mừng Zalo OA cho người đăng ký mới',
    short: 'Chào mỗi người vừa quan tâm Zalo Official Account của bạn và lưu họ vào Google Sheets.',
    intro:
      'Ở Việt Nam, khách đọc Zalo trước cả email. Khi có người đăng ký trên website, quy trình này lưu thông tin của họ và gửi lời chào từ Zalo Official Account của bạn.',
  },
  'Zalo customer care auto-replies with an AI agent': {
    title: 'Chăm sóc khách hàng trên Zalo: trả lời tự động bằng trợ lý AI',
    short: 'Trợ lý AI trả lời câu hỏi thường gặp trên Zalo OA về đơn hàng, giao hàng và giờ mở cửa.',
    intro:
      'Khách nhắn Zalo lúc nửa đêm và mong được trả lời ngay. Một trợ lý AI đọc tin nhắn trên Zalo OA, trả lời các câu hỏi thường gặp về đơn hàng, phí giao hàng và giờ mở cửa, rồi chuyển cho nhân viên khi không chắc chắn.',
  },
  'Stripe payments to QuickBooks sales receipts': {
    title: 'Ghi nhận thanh toán Stripe thành phiếu thu QuickBooks',
    short: 'Mỗi khoản thanh toán Stripe thành công trở thành một phiếu thu QuickBooks đúng khách.',
    intro:
      'Đối chiếu Stripe với sổ sách vào cuối tháng vừa chậm vừa dễ sai. Quy trình này ghi từng khoản thanh toán thành công vào QuickBooks ngay khi phát sinh, tự tạo khách nếu chưa có.',
  },
  'Weekly cash-flow report from QuickBooks to Slack': {
    title: 'Báo cáo dòng tiền hằng tuần từ QuickBooks gửi Slack',
    short:
      'Tiền vào, tiền ra và số tháng còn hoạt động được gửi lên Slack mỗi thứ Hai, lưu lịch sử trong Google Sheets.',
    intro:
      'Chủ doanh nghiệp cần biết dòng tiền mà không phải mở phần mềm kế toán. Mỗi sáng thứ Hai, quy trình lấy số liệu từ QuickBooks, tính dòng tiền và đăng bản tóm tắt lên Slack.',
  },
  'Log expense receipts from Telegram with OpenAI': {
    title: 'Ghi chi phí từ ảnh biên lai gửi qua Telegram bằng OpenAI',
    short: 'Chụp biên lai, gửi cho bot Telegram và khoản chi xuất hiện ngay trong Google Sheets.',
    intro:
      'Biên lai giấy thất lạc trước khi kịp báo cáo chi phí. Chỉ cần chụp và gửi cho bot Telegram: OpenAI đọc số tiền, ngày và nơi mua rồi ghi thành một dòng trong Google Sheets.',
  },
  'Sync Shopify orders to Google Sheets and Slack': {
    title: 'Đồng bộ đơn hàng Shopify sang Google Sheets và Slack',
    short: 'Mỗi đơn Shopify mới được thêm vào bảng tính, đơn lớn được báo mừng trên Slack.',
    intro:
      'Theo dõi đơn hàng trong một bảng tính chung giúp cả đội cùng nắm tình hình. Mỗi đơn Shopify mới được ghi vào Google Sheets, và đơn giá trị cao được thông báo trên Slack.',
  },
  'Low stock alerts from Shopify to Telegram': {
    title: 'Cảnh báo sắp hết hàng từ Shopify qua Telegram',
    short: 'Kiểm tra tồn kho mỗi giờ và nhắn bạn trên Telegram trước khi sản phẩm bán chạy hết hàng.',
    intro:
      'Hết hàng đúng lúc đang bán chạy là mất doanh thu. Mỗi giờ, quy trình kiểm tra tồn kho Shopify và nhắn Telegram cho bạn khi một sản phẩm xuống dưới ngưỡng.',
  },
  'Abandoned cart recovery emails for WooCommerce': {
    title: 'Email nhắc giỏ hàng bị bỏ quên cho WooCommerce',
    short: 'Gửi email cho khách để quên sản phẩm trong giỏ, sau một giờ và sau một ngày.',
    intro:
      'Nhiều khách thêm sản phẩm vào giỏ rồi rời đi. Quy trình này gửi hai email nhắc nhẹ nhàng qua Gmail để kéo họ quay lại hoàn tất đơn.',
  },
  'Shipping updates by SMS with Twilio for Shopify': {
    title: 'Gửi SMS mã vận đơn cho đơn Shopify qua Twilio',
    short: 'Nhắn tin đường dẫn theo dõi vận chuyển cho khách ngay khi đơn Shopify được giao cho đơn vị vận chuyển.',
    intro:
      'Khách luôn muốn biết đơn của mình đang ở đâu. Khi đơn Shopify được xử lý xong, khách nhận SMS kèm mã vận đơn và đường dẫn theo dõi.',
  },
  'Translate Shopify product descriptions with OpenAI': {
    title: 'Dịch mô tả sản phẩm Shopify sang tiếng Việt bằng OpenAI',
    short: 'Dịch danh mục sản phẩm Shopify sang tiếng Việt (hoặc ngôn ngữ khác) và lưu thành metafield.',
    intro:
      'Bán cho người Việt thì mô tả sản phẩm phải bằng tiếng Việt. OpenAI dịch tên và mô tả từng sản phẩm Shopify, giữ nguyên định dạng, và lưu bản dịch vào metafield.',
  },
  'Turn RSS articles into LinkedIn posts with OpenAI': {
    title: 'Biến bài viết RSS thành bài đăng LinkedIn bằng OpenAI',
    short: 'Viết lại mỗi bài mới từ nguồn tin yêu thích thành bài đăng LinkedIn theo giọng thương hiệu.',
    intro:
      'Đăng bài đều đặn trên LinkedIn tốn nhiều thời gian. Mỗi bài mới trong nguồn RSS được OpenAI viết lại thành bài đăng ngắn gọn và đăng lên trang công ty.',
  },
  'Scrape Google Maps leads with Apify into Google Sheets': {
    title: 'Thu thập khách tiềm năng từ Google Maps bằng Apify vào Google Sheets',
    short: 'Chạy Apify quét Google Maps theo từ khóa và thành phố, lưu danh sách khách tiềm năng sạch vào bảng tính.',
    intro:
      'Tìm quán cà phê, spa hay cửa hàng trong một khu vực để chào hàng là việc thủ công. Apify quét Google Maps theo từ khóa, quy trình làm sạch tên, số điện thoại, địa chỉ và lưu vào Google Sheets.',
  },
  'Capture Typeform leads into HubSpot and alert Slack': {
    title: 'Đưa khách tiềm năng từ Typeform vào HubSpot và báo Slack',
    short: 'Tạo hoặc cập nhật liên hệ HubSpot cho mỗi câu trả lời Typeform và báo đội bán hàng khi có khách đạt chuẩn.',
    intro:
      'Khách tiềm năng nguội đi nhanh nếu không ai liên hệ lại. Mỗi câu trả lời Typeform trở thành liên hệ trong HubSpot, và đội bán hàng được báo trên Slack khi khách đủ điều kiện.',
  },
  'Daily sales pipeline report from Pipedrive to Slack': {
    title: 'Báo cáo phễu bán hàng hằng ngày từ Pipedrive gửi Slack',
    short: 'Mỗi sáng cả đội xem các cơ hội đang mở, giá trị theo giai đoạn và hợp đồng chốt hôm qua trên Slack.',
    intro:
      'Không ai muốn mở CRM chỉ để xem số liệu. Mỗi sáng, quy trình tổng hợp phễu bán hàng trong Pipedrive, lưu lịch sử vào Google Sheets và đăng bản tóm tắt lên Slack.',
  },
  'Book Calendly demos into HubSpot and Google Calendar': {
    title: 'Đặt lịch hẹn demo Calendly vào HubSpot và Google Calendar',
    short: 'Mỗi lịch hẹn Calendly tạo liên hệ HubSpot, ghi nhận cuộc họp và nhắc lịch hẹn trên Google Calendar.',
    intro:
      'Lịch hẹn demo nằm rải rác ở nhiều nơi. Khi khách đặt lịch trên Calendly, quy trình tạo liên hệ trong HubSpot, ghi lại cuộc hẹn và chặn 15 phút chuẩn bị trong Google Calendar.',
  },
  'Leave requests with manager approval in Slack': {
    title: 'Đơn xin nghỉ phép có quản lý duyệt trên Slack',
    short: 'Nhân viên gửi đơn nghỉ phép qua biểu mẫu; đơn nghỉ dài được chuyển cho quản lý duyệt trên Slack.',
    intro:
      'Đơn nghỉ phép qua email dễ bị bỏ sót. Nhân viên điền biểu mẫu, đơn được ghi vào Google Sheets, và những đơn nghỉ dài ngày được gửi cho quản lý duyệt ngay trên Slack.',
  },
  'Timesheet reminders via Telegram': {
    title: 'Nhắc chấm công qua Telegram',
    short: 'Nhắc những ai chưa điền bảng chấm công và gửi bản tổng kết hằng tuần.',
    intro:
      'Cuối tuần luôn có người quên chấm công. Quy trình đọc bảng chấm công trong Google Sheets, nhắn Telegram nhắc từng người còn thiếu và gửi bản tổng kết cho quản lý.',
  },
  'Book meeting rooms from Telegram': {
    title: 'Đặt phòng họp qua Telegram',
    short: 'Nhắn “phòng 3 mai 10:00” cho bot Telegram và phòng họp được đặt trong Google Calendar.',
    intro:
      'Đặt phòng họp không nên cần đến một phần mềm riêng. Nhắn cho bot Telegram tên phòng và giờ, quy trình kiểm tra lịch trống và đặt phòng trong Google Calendar.',
  },
  'Employee onboarding checklist in ClickUp and Gmail': {
    title: 'Danh sách việc tiếp nhận nhân viên mới trong ClickUp và Gmail',
    short: 'Biểu mẫu nhân viên mới tạo các việc cần làm trong ClickUp, gửi email chào mừng và báo cho cả đội.',
    intro:
      'Ngày đầu đi làm của nhân viên mới cần mọi thứ sẵn sàng. Một biểu mẫu tạo đủ các đầu việc trong ClickUp, gửi email chào mừng qua Gmail và báo cho cả đội trên Slack.',
  },
  'Website uptime monitor with Telegram alerts': {
    title: 'Giám sát website hoạt động, cảnh báo qua Telegram',
    short: 'Kiểm tra website mỗi năm phút và báo bạn trên Telegram ngay khi trang bị sập.',
    intro:
      'Website sập lúc nửa đêm và bạn chỉ biết khi khách phàn nàn. Quy trình kiểm tra trang mỗi năm phút và gửi cảnh báo Telegram ngay khi có lỗi.',
  },
  'Send n8n workflow errors to Slack': {
    title: 'Gửi lỗi quy trình n8n lên Slack',
    short: 'Quy trình xử lý lỗi đăng tên quy trình, node bị lỗi và thông báo lỗi lên Slack.',
    intro:
      'Một quy trình lỗi âm thầm có thể làm mất dữ liệu nhiều ngày. Quy trình xử lý lỗi này báo ngay lên Slack quy trình nào, node nào bị lỗi và vì sao.',
  },
  'Telegram support bot with an AI agent and a Notion knowledge base': {
    title: 'Bot hỗ trợ Telegram dùng trợ lý AI và kho kiến thức Notion',
    short:
      'Bot Telegram trả lời câu hỏi của khách từ các trang hướng dẫn trong Notion và chuyển cho người thật khi không chắc.',
    intro:
      'Khách hỏi đi hỏi lại những câu giống nhau. Bot Telegram dùng trợ lý AI tìm câu trả lời trong kho kiến thức Notion và chuyển cho nhân viên khi không chắc chắn.',
  },
  'Create GHN delivery orders for new Haravan orders': {
    title: 'Tạo đơn giao hàng GHN tự động khi có đơn Haravan',
    short: 'Mỗi đơn Haravan mới được tạo vận đơn GHN kèm thu hộ (COD), mã vận đơn ghi vào Google Sheets.',
    intro:
      'Chép từng địa chỉ từ Haravan sang trang GHN mất cả buổi sáng. Khi Haravan báo có đơn mới, quy trình này đọc đơn, tạo đơn giao hàng GHN với tiền thu hộ và khối lượng kiện hàng, rồi ghi mã vận đơn và phí ship cạnh đơn hàng trong Google Sheets.',
  },
  'Sapo orders to GHTK shipments with Zalo tracking messages': {
    title: 'Tạo vận đơn GHTK từ đơn Sapo và gửi mã vận đơn qua Zalo',
    short: 'Đặt giao hàng GHTK cho mỗi đơn Sapo mới và nhắn mã vận đơn cho khách qua Zalo OA.',
    intro:
      'Cả ngày khách nhắn Zalo hỏi "đơn của em tới đâu rồi?". Khi có đơn mới trên Sapo, quy trình này tạo đơn Giao Hàng Tiết Kiệm và gửi mã vận đơn GHTK cho khách từ Zalo Official Account của cửa hàng, trước khi khách phải hỏi.',
  },
  'Issue MISA meInvoice e-invoices for paid Haravan orders': {
    title: 'Xuất hóa đơn điện tử MISA meInvoice cho đơn Haravan đã thanh toán',
    short:
      'Đơn Haravan đã thanh toán được lập hóa đơn điện tử MISA meInvoice đúng mã số thuế người mua và báo qua email.',
    intro:
      'Theo Nghị định 123, mỗi lần bán hàng đều cần hóa đơn điện tử, và gõ tay từng đơn vào MISA meInvoice rất mất thời gian. Khi Haravan báo đơn đã thanh toán, quy trình gửi các dòng hàng, tên công ty và mã số thuế (MST) của người mua sang MISA meInvoice để phát hành hóa đơn, rồi email cho người mua.',
  },
  'Daily GHN delivery status report to Google Sheets and Telegram': {
    title: 'Theo dõi trạng thái giao hàng GHN mỗi ngày, báo đơn giao thất bại qua Telegram',
    short:
      'Mỗi sáng cập nhật trạng thái mọi đơn GHN đang giao vào Google Sheets và báo đơn giao thất bại lên Telegram.',
    intro:
      'Đơn giao thất bại mà không ai gọi lại cho khách kịp thì bạn mất phí ship hai lần. Mỗi sáng, quy trình này hỏi GHN trạng thái các đơn đang giao, cập nhật vào Google Sheets và gửi những đơn giao thất bại hoặc đang hoàn về vào nhóm Telegram của bạn.',
  },
  'WooCommerce orders to GHTK shipments': {
    title: 'Tự động tạo đơn GHTK cho đơn hàng WooCommerce',
    short: 'Đơn WooCommerce mới được đặt giao GHTK tự động và khách nhận mã vận đơn qua email.',
    intro:
      'Cửa hàng WooCommerce ở Việt Nam giao phần lớn đơn theo hình thức thu hộ. Khi khách đặt hàng, quy trình tạo đơn GHTK với số tiền thu hộ và email mã vận đơn cho khách, không cần mở trang quản lý của GHTK.',
  },
};

const levelNotesVi: Record<Level, string> = {
  beginner: 'Không cần viết mã: mọi bước đều là node tiêu chuẩn và cấu hình mặc định phù hợp với đa số đội.',
  intermediate: 'Đã quen với biểu thức n8n? Bạn sẽ cần chỉnh một vài ánh xạ trường cho khớp dữ liệu của mình.',
  advanced: 'Dành cho đội đã chạy n8n trong môi trường thật: có node mã và nhánh xử lý lỗi để bạn mở rộng.',
};

function listAppsVi(apps: readonly string[]): string {
  if (apps.length <= 1) return apps.join('');
  return `${apps.slice(0, -1).join(', ')} và ${apps[apps.length - 1]}`;
}

/** The Vietnamese long description: the introduction and how to start (the feature list stays English). */
export function buildDescriptionVi(w: SeedWorkflow, vi: SeedWorkflowVi): string {
  return [
    vi.intro,
    '## Trước khi bắt đầu',
    `Bạn cần tài khoản ${listAppsVi(w.apps)}. Nhập tệp JSON vào n8n, kết nối từng thông tin xác thực rồi chạy thử ` +
      `với dữ liệu mẫu: cài đặt mất khoảng ${w.minutes} phút. ${levelNotesVi[w.level]}`,
  ].join('\n\n');
}
