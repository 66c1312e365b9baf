import { HttpErrorResponse } from '@angular/common/http';
import { refusalOf } from './refusal';

describe('refusalOf', () => {
  it("keeps the API's sentence and code for a 4xx refusal, with the field errors flattened", () => {
    const r = refusalOf(
      new HttpErrorResponse({
        status: 422,
        error: {
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: 'Ngày hiệu lực trước ngày thành lập của Xã Giao Thiện.',
          correlationId: 'c1',
          code: 'org.merge_dates',
          errors: { effectiveDate: ['trước ngày thành lập'], newUnit: { name: ['bắt buộc'] } },
        },
      }),
    );
    expect(r).toMatchObject({
      code: 'org.merge_dates',
      text: 'Ngày hiệu lực trước ngày thành lập của Xã Giao Thiện.',
      fields: { effectiveDate: ['trước ngày thành lập'], 'newUnit.name': ['bắt buộc'] },
    });
  });

  it('falls back to a translated sentence for network and server errors', () => {
    expect(refusalOf(new HttpErrorResponse({ status: 0 }))).toMatchObject({ text: null, key: 'errors.network' });
    expect(
      refusalOf(new HttpErrorResponse({ status: 500, error: { statusCode: 500, message: 'Internal', correlationId: 'x' } })),
    ).toMatchObject({ text: null, key: 'errors.server', params: { correlationId: 'x' } });
  });
});
