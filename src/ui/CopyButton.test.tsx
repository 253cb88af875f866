import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CiteBlock } from './CiteBlock';

const citation = {
  text: 'Someone. (2026). A title.',
  bibtex: '@misc{key,\n  title = {A title}\n}\n',
};

describe('CiteBlock and its Copy buttons', () => {
  it('shows the citation and BibTeX, and copies each with a confirmation', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<CiteBlock citation={citation} heading="How to cite" what="the explorer" />);
    expect(screen.getByRole('region', { name: 'How to cite' })).toBeInTheDocument();
    expect(screen.getByText(citation.text)).toBeInTheDocument();
    expect(screen.getByLabelText('BibTeX for the explorer')).toHaveTextContent('@misc{key,');

    await user.click(screen.getByRole('button', { name: 'Copy the citation of the explorer' }));
    expect(writeText).toHaveBeenCalledWith(citation.text);
    expect(await screen.findByText('Copied.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy the BibTeX of the explorer' }));
    expect(writeText).toHaveBeenLastCalledWith(citation.bibtex);
    writeText.mockRestore();
  });

  it('says so when the clipboard refuses, and how to copy by hand', async () => {
    const user = userEvent.setup();
    const writeText = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<CiteBlock citation={citation} heading="How to cite" what="this event" />);
    await user.click(screen.getByRole('button', { name: 'Copy the citation of this event' }));
    expect(
      await screen.findByText('Could not copy: select the text and copy it by hand.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Copied.')).not.toBeInTheDocument();
    writeText.mockRestore();
  });
});
