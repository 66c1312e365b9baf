import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, signal, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { IsoDate, OrgUnitDto } from '@cds/contracts';
import { buildOrgTree, OrgTreeNode, OrgTreeStore, OrgUnitStore } from '@cds/org/data-access';
import { AuthStore } from '@cds/web/core';
import { addDays, formatVnDate, fromIsoDate, todayVn } from '@cds/web/i18n';
import { AsOfDate } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { UnitDialog, UnitDialogData, UnitDialogMode } from '../unit-dialog/unit-dialog';

export interface TreeRow {
  node: OrgTreeNode;
  expandable: boolean;
  expanded: boolean;
}

/** Depth-first rows to show: children only under expanded nodes (all of them while filtering). */
export function visibleRows(roots: readonly OrgTreeNode[], expanded: ReadonlySet<number>, filter: string): TreeRow[] {
  const needle = filter.trim().toLocaleLowerCase('vi');
  const matches = (n: OrgTreeNode): boolean =>
    n.unit.name.toLocaleLowerCase('vi').includes(needle) || (n.unit.code ?? '').toLowerCase().includes(needle) || n.children.some(matches);
  const out: TreeRow[] = [];
  const walk = (list: readonly OrgTreeNode[]) => {
    for (const node of list) {
      if (needle && !matches(node)) continue;
      const open = needle ? true : expanded.has(node.unit.id);
      out.push({ node, expandable: node.children.length > 0, expanded: open && node.children.length > 0 });
      if (open) walk(node.children);
    }
  };
  walk(roots);
  return out;
}

/** "Cơ cấu tổ chức": the unit tree as of a date, a unit's history, and the admin's reorganisations. */
@Component({
  selector: 'cds-org-tree-page',
  imports: [AsOfDate, 
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [OrgTreeStore, OrgUnitStore],
  templateUrl: './org-tree-page.html',
  styleUrl: './org-tree-page.scss',
})
export class OrgTreePage {
  private readonly tree = inject(OrgTreeStore);
  private readonly unit = inject(OrgUnitStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  /** Dialogs resolve from here, so they see the route's providers (the dd/MM/yyyy date adapter). */
  private readonly injector = inject(Injector);

  private readonly query = this.route.snapshot.queryParamMap;
  protected readonly asOf = signal<IsoDate>(fromIsoDate(this.query.get('asOf')) ? (this.query.get('asOf') as string) : todayVn());
  protected readonly filterControl = new FormControl('', { nonNullable: true });
  protected readonly filter = signal('');

  protected readonly units = this.tree.units;
  protected readonly loading = this.tree.loading;
  protected readonly loaded = this.tree.loaded;
  protected readonly expanded = signal<ReadonlySet<number>>(new Set());
  protected readonly selectedId = signal<number | null>(Number(this.query.get('unit')) || null);
  protected readonly detail = this.unit.detail;
  protected readonly detailLoading = this.unit.loading;

  protected readonly isAdmin = computed(() => this.auth.can('org.write'));
  protected readonly roots = computed(() => buildOrgTree(this.units(), this.asOf()));
  protected readonly rows = computed(() => visibleRows(this.roots(), this.expanded(), this.filter()));
  protected readonly selectedUnit = computed(() => this.units().find((u) => u.id === this.selectedId()) ?? null);
  protected readonly parentName = computed(() => {
    const d = this.detail();
    return d?.parentId ? (this.units().find((u) => u.id === d.parentId)?.name ?? d.history.at(-1)?.parentName ?? null) : null;
  });
  protected readonly historyColumns = ['name', 'parent', 'from', 'to'];
  protected readonly fmt = formatVnDate;

  constructor() {
    this.filterControl.valueChanges.subscribe((v) => this.filter.set(v));
    effect(() => {
      const asOf = this.asOf();
      untracked(() => this.tree.load(asOf));
    });
    effect(() => {
      const id = this.selectedId();
      const asOf = this.asOf();
      untracked(() => this.unit.load(id, asOf));
    });
    // Roots open, and the path down to the selected unit, once the first tree has come.
    let opened = false;
    effect(() => {
      if (!this.loaded() || opened) return;
      opened = true;
      untracked(() => this.expandInitially());
    });
  }

  protected today(): void {
    this.setAsOf(todayVn());
  }

  protected toggle(row: TreeRow): void {
    const next = new Set(this.expanded());
    if (next.has(row.node.unit.id)) next.delete(row.node.unit.id);
    else next.add(row.node.unit.id);
    this.expanded.set(next);
  }

  protected select(unit: OrgUnitDto): void {
    this.selectedId.set(unit.id);
    this.syncUrl();
  }

  /** Shows a predecessor the day before the merger, a successor on its date. */
  protected goToLinked(unitId: number, date: IsoDate, before: boolean): void {
    this.selectedId.set(unitId);
    this.asOf.set(before ? addDays(date, -1) : date);
    this.syncUrl();
  }

  protected rowKeydown(event: KeyboardEvent, row: TreeRow): void {
    if (event.key === 'ArrowRight' && row.expandable && !row.expanded) this.toggle(row);
    else if (event.key === 'ArrowLeft' && row.expanded) this.toggle(row);
    else return;
    event.preventDefault();
  }

  protected openDialog(mode: UnitDialogMode, unit: OrgUnitDto | null): void {
    const data: UnitDialogData = { mode, unit, units: this.units(), date: this.asOf() };
    this.dialog
      .open<UnitDialog, UnitDialogData, OrgUnitDto>(UnitDialog, { data, width: '560px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        const key = { create: 'created', rename: 'renamed', move: 'moved', end: 'endedDone' }[mode];
        this.snackBar.open(this.translate.instant(`org.dialog.${key}`, { name: result.name }), undefined, { duration: 5000 });
        if (mode === 'create' && unit) this.expanded.set(new Set([...this.expanded(), unit.id]));
        this.tree.reload();
        if (this.selectedId() === result.id) this.unit.reload();
        else this.selectedId.set(result.id);
      });
  }

  protected setAsOf(asOf: IsoDate): void {
    if (asOf === this.asOf()) return;
    this.asOf.set(asOf);
    this.syncUrl();
  }

  private syncUrl(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { asOf: this.asOf(), unit: this.selectedId() ?? null },
      replaceUrl: true,
    });
  }

  /** Roots open, and the path down to the selected unit. */
  private expandInitially(): void {
    const open = new Set<number>(this.roots().map((r) => r.unit.id));
    const byId = new Map(this.units().map((u) => [u.id, u]));
    let parent = byId.get(this.selectedId() ?? -1)?.parentId ?? null;
    while (parent !== null && !open.has(parent)) {
      open.add(parent);
      parent = byId.get(parent)?.parentId ?? null;
    }
    this.expanded.set(open);
  }
}
